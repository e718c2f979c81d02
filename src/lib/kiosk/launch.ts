/** How the kiosk machine is started: when to rebuild, and the browser command for a locked-down full screen. */

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

/** The command line as one string a person can paste into a shell. */
export function shellCommand(program: string, args: readonly string[]): string {
  const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
  return [program, ...args].map(quote).join(' ');
}
