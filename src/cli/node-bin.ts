/**
 * The JavaScript file behind a package's command, to run with Node itself. `node_modules/.bin`
 * holds a shell script on macOS and Linux but `.cmd`/`.ps1` shims on Windows, which Node can only
 * start through a shell; the package's own script runs the same way everywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** `binScript('astro')` → `<project>/node_modules/astro/bin/astro.mjs`. */
export function binScript(packageName: string, command: string = packageName, root: string = projectRoot): string {
  const packageDir = path.join(root, 'node_modules', ...packageName.split('/'));
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[command];
  if (!relative) throw new Error(`${packageName} has no command "${command}" / 软件包 ${packageName} 没有命令 ${command}`);
  return path.join(packageDir, ...relative.split('/'));
}

/** Program and arguments that run a package's command with the Node running this process. */
export function nodeCommand(packageName: string, args: readonly string[], command?: string): { program: string; args: string[] } {
  return { program: process.execPath, args: [binScript(packageName, command), ...args] };
}
