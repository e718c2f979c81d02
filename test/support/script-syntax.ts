/**
 * What an npm script may not contain if it is to run on Windows. npm runs scripts with cmd.exe
 * there (whatever shell the user typed in), which understands `&&`, `||` and double quotes, but
 * not POSIX shell syntax: `VAR=value cmd`, `$VAR`, single quotes, `;`, backslash escapes, or
 * Unix commands such as `rm -rf` and `cp`.
 */

/** Commands that cmd.exe does not have, or has with other meanings and options. */
const unixCommands = ['rm', 'cp', 'mv', 'mkdir', 'rmdir', 'cat', 'ls', 'touch', 'ln', 'chmod', 'export', 'source', 'sed', 'grep', 'which', 'test', '[', 'true', 'false', 'env', 'sh', 'bash', 'pwd', 'sleep', 'kill', 'open', 'xdg-open'];

const rules: [RegExp, string][] = [
  [/(^|&&|\|\||[;|])\s*[A-Za-z_][A-Za-z0-9_]*=/, 'sets an environment variable with VAR=value (cmd.exe cannot)'],
  [/\$[A-Za-z_{(]/, 'reads a variable or a command with $ (cmd.exe writes %VAR%)'],
  [/'/, 'quotes with single quotes (cmd.exe passes them on literally)'],
  [/`/, 'uses backticks'],
  [/;/, 'chains commands with ; (use &&)'],
  [/\\/, 'uses a backslash (an escape in sh, a path separator in cmd.exe)'],
  [/(^|[^&])&(?!&)/, 'runs a command in the background with &'],
  [/\/dev\/null|[0-9]?>\s*&?\d/, 'redirects to /dev/null or between streams'],
];

/** The problems of one script, as sentences; none when it runs on Windows as on Linux. */
export function posixOnlySyntax(script: string): string[] {
  const problems = rules.filter(([pattern]) => pattern.test(script)).map(([, problem]) => problem);
  for (const part of script.split(/&&|\|\||\|/)) {
    const command = part.trim().split(/\s+/)[0] ?? '';
    if (unixCommands.includes(command)) problems.push(`runs the Unix command "${command}" (write it in Node, or use a cross-platform package)`);
    if (/^\.{0,2}\//.test(command)) problems.push(`runs "${command}" by a POSIX path (run it with node)`);
  }
  return problems;
}
