/**
 * Where Chromium-family browsers are installed on Windows, macOS and Linux. The expo kiosk opens
 * one full screen; `npm run brochure` prints with one. Paths are built with `path.win32` for
 * Windows, so they can be tested from any machine.
 */
import path from 'node:path';

export interface BrowserProgram {
  name: string;
  program: string;
}

export function windowsBrowsers(env: Record<string, string | undefined>): BrowserProgram[] {
  const programFiles = env.ProgramFiles ?? 'C:\\Program Files';
  const programFilesX86 = env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)';
  const local = env.LOCALAPPDATA;
  const join = path.win32.join;
  return [
    // Edge comes with every Windows 10 and 11, so it is the default when nothing else is found.
    { name: 'Microsoft Edge', program: join(programFilesX86, 'Microsoft', 'Edge', 'Application', 'msedge.exe') },
    { name: 'Microsoft Edge', program: join(programFiles, 'Microsoft', 'Edge', 'Application', 'msedge.exe') },
    { name: 'Google Chrome', program: join(programFiles, 'Google', 'Chrome', 'Application', 'chrome.exe') },
    { name: 'Google Chrome', program: join(programFilesX86, 'Google', 'Chrome', 'Application', 'chrome.exe') },
    ...(local ? [{ name: 'Google Chrome', program: join(local, 'Google', 'Chrome', 'Application', 'chrome.exe') }] : []),
  ];
}

export const macBrowsers: BrowserProgram[] = [
  { name: 'Google Chrome', program: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' },
  { name: 'Microsoft Edge', program: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge' },
  { name: 'Chromium', program: '/Applications/Chromium.app/Contents/MacOS/Chromium' },
];

export const linuxBrowsers: BrowserProgram[] = [
  { name: 'Chromium', program: '/usr/bin/chromium' },
  { name: 'Chromium', program: '/usr/bin/chromium-browser' },
  { name: 'Google Chrome', program: '/usr/bin/google-chrome' },
  { name: 'Microsoft Edge', program: '/usr/bin/microsoft-edge' },
];

/** The first of `browsers` that is installed, else the first (the usual default, to name in a message). */
export function firstInstalled<Browser extends { program: string }>(browsers: Browser[], exists: ((file: string) => boolean) | undefined): Browser {
  return (exists && browsers.find((browser) => exists(browser.program))) || browsers[0];
}

/** The installed browser of `platform`, or undefined when none of the usual places has one. */
export function installedBrowser(platform: NodeJS.Platform, env: Record<string, string | undefined>, exists: (file: string) => boolean): BrowserProgram | undefined {
  const candidates = platform === 'win32' ? windowsBrowsers(env) : platform === 'darwin' ? macBrowsers : linuxBrowsers;
  return candidates.find((browser) => exists(browser.program));
}
