/**
 * How the kiosk machine is started: when to rebuild, and the browser command for a locked-down
 * full screen on Windows (Edge, or Chrome), macOS (Chrome, Edge or Chromium app bundles) and
 * Linux (chromium). Paths are built with `path.win32` / `path.posix` for the target system, so
 * the commands can be tested, and printed, from any machine.
 */
import path from 'node:path';
import { firstInstalled, macBrowsers, windowsBrowsers } from '../browsers.ts';

/** Whether the built guide is missing or older than the newest content file (or a rebuild was asked for). */
export function needsBuild(builtAt: number | undefined, newestContent: number, forced: boolean): boolean {
  return forced || builtAt === undefined || builtAt < newestContent;
}

/**
 * Chromium in kiosk mode: full screen with no way out to the browser, its own profile (so the
 * offline copy survives restarts and nothing of another user's browsing shows), no crash or
 * first-run bubbles, no update nags, and video that may play without a tap.
 */
export function chromiumArguments(url: string, profileDir: string): string[] {
  return [
    '--kiosk',
    `--user-data-dir=${profileDir}`,
    '--noerrdialogs',
    '--disable-session-crashed-bubble',
    '--disable-infobars',
    '--no-first-run',
    '--check-for-update-interval=31536000',
    '--autoplay-policy=no-user-gesture-required',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    url,
  ];
}

/** The command line as one string a person can paste into a POSIX shell (bash, zsh). */
export function shellCommand(program: string, args: readonly string[]): string {
  const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
  return [program, ...args].map(quote).join(' ');
}

/** The command line for cmd.exe: words with spaces or cmd's special characters in double quotes. */
export function cmdCommand(program: string, args: readonly string[]): string {
  const quote = (word: string) => (/^[\w@+=:,./\\-]+$/.test(word) ? word : `"${word.replace(/"/g, '""')}"`);
  return [program, ...args].map(quote).join(' ');
}

/** The command line for PowerShell: `&` runs a quoted program; single quotes keep `$` and backticks literal. */
export function powerShellCommand(program: string, args: readonly string[]): string {
  const quote = (word: string) => (/^[\w@+=:,./\\-]+$/.test(word) ? word : `'${word.replace(/'/g, "''")}'`);
  return ['&', quote(program), ...args.map(quote)].join(' ');
}

export interface KioskSystem {
  /** `process.platform`: win32, darwin, linux … */
  platform: NodeJS.Platform;
  /** The user's home folder. */
  home: string;
  /** Environment variables (LOCALAPPDATA, ProgramFiles …). */
  env: Record<string, string | undefined>;
  /** Whether a file exists: finds the installed browser; nothing found means the usual default. */
  exists?: (file: string) => boolean;
}

export interface KioskLaunch {
  browser: string;
  program: string;
  profile: string;
  args: string[];
  /** Ready-to-paste command lines, one per shell of that system. */
  commands: { shell: string; line: string }[];
}

/** The browser, its kiosk profile folder and the command lines that open `url` full screen on `system`. */
export function kioskLaunch(url: string, system: KioskSystem): KioskLaunch {
  if (system.platform === 'win32') {
    const browser = firstInstalled(windowsBrowsers(system.env), system.exists);
    const localAppData = system.env.LOCALAPPDATA ?? path.win32.join(system.home, 'AppData', 'Local');
    const profile = path.win32.join(localAppData, 'InvestAtlas', 'KioskProfile');
    // Edge's own kiosk mode needs to be told to be the full-screen kind rather than a public-browsing one.
    const args = [...chromiumArguments(url, profile)];
    if (browser.name === 'Microsoft Edge') args.splice(1, 0, '--edge-kiosk-type=fullscreen');
    return {
      browser: browser.name,
      program: browser.program,
      profile,
      args,
      commands: [
        { shell: '命令提示符 / Command Prompt (cmd.exe)', line: cmdCommand(browser.program, args) },
        { shell: 'PowerShell', line: powerShellCommand(browser.program, args) },
      ],
    };
  }
  if (system.platform === 'darwin') {
    const browser = firstInstalled(macBrowsers, system.exists);
    const profile = path.posix.join(system.home, 'Library', 'Application Support', 'InvestAtlas', 'KioskProfile');
    const args = chromiumArguments(url, profile);
    return { browser: browser.name, program: browser.program, profile, args, commands: [{ shell: 'Terminal', line: shellCommand(browser.program, args) }] };
  }
  const profile = path.posix.join(system.home, '.invest-atlas-kiosk');
  const args = chromiumArguments(url, profile);
  return { browser: 'Chromium', program: 'chromium', profile, args, commands: [{ shell: 'shell', line: shellCommand('chromium', args) }] };
}
