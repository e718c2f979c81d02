import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { binScript } from '../../src/cli/node-bin.ts';
import { boundaryFile } from '../../src/lib/content/boundaries.ts';
import { displayPath, idFromFile, isSetAside } from '../../src/lib/content/files.ts';
import { cmdCommand, kioskLaunch, powerShellCommand } from '../../src/lib/kiosk/launch.ts';
import { isKioskPage } from '../../src/lib/kiosk/offline.ts';
import { contentRoot } from '../../src/loaders/content-root.ts';
import { projectRoot } from '../support/paths.ts';
import { posixOnlySyntax } from '../support/script-syntax.ts';

const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

describe('npm scripts run in cmd.exe and PowerShell as in a POSIX shell', () => {
  test.each(Object.entries(manifest.scripts))('"%s" uses no POSIX-only syntax', (_name, script) => {
    expect(posixOnlySyntax(script)).toEqual([]);
  });

  test('the check catches what cmd.exe cannot run', () => {
    const caught = (script: string) => posixOnlySyntax(script).length > 0;
    expect(caught('ASTRO_TELEMETRY_DISABLED=1 astro dev')).toBe(true);
    expect(caught('node a.ts && NODE_ENV=production node b.ts')).toBe(true);
    expect(caught('echo $HOME')).toBe(true);
    expect(caught("vitest run 'test/**'")).toBe(true);
    expect(caught('rm -rf dist && astro build')).toBe(true);
    expect(caught('cp -r public dist')).toBe(true);
    expect(caught('astro build; pagefind')).toBe(true);
    expect(caught('node src\\cli\\x.ts')).toBe(true);
    expect(caught('./scripts/run.sh')).toBe(true);
    expect(caught('astro preview &')).toBe(true);
    expect(caught('node x.ts 2>/dev/null')).toBe(true);
  });

  test('what works everywhere passes', () => {
    expect(posixOnlySyntax('node src/cli/astro.ts check && vitest run')).toEqual([]);
    expect(posixOnlySyntax('node src/cli/import.ts || node src/cli/check-content.ts')).toEqual([]);
    expect(posixOnlySyntax('vitest run "test/unit"')).toEqual([]);
  });

  test('commands of packages run as their own script with Node, never through .bin shims', () => {
    expect(binScript('astro')).toBe(path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'));
    expect(binScript('pagefind')).toMatch(/\.c?js$/);
    expect(() => binScript('astro', 'no-such-command')).toThrow(/no command/);
  });
});

describe('paths work with Windows folders (path.win32)', () => {
  const win = path.win32;

  test('a content folder given with backslashes, a drive letter or spaces is used as given', () => {
    expect(contentRoot({ ATLAS_CONTENT: 'D:\\招商\\content' }, win)).toBe('D:\\招商\\content');
    expect(contentRoot({ ATLAS_CONTENT: 'C:\\Users\\Wang Li\\Documents\\guide content\\' }, win)).toBe('C:\\Users\\Wang Li\\Documents\\guide content');
  });

  test('error messages name files relative to the folder, with forward slashes', () => {
    const cwd = 'C:\\Users\\wang\\atlas';
    expect(displayPath('C:\\Users\\wang\\atlas\\content\\opportunities\\jiutai\\a.yaml', cwd, win)).toBe('content/opportunities/jiutai/a.yaml');
    // Windows paths are not case-sensitive: C:\users is the same folder as C:\Users.
    expect(displayPath('c:\\users\\wang\\atlas\\content\\site.yaml', cwd, win)).toBe('content/site.yaml');
    expect(displayPath('D:\\other\\site.yaml', cwd, win)).toBe('D:\\other\\site.yaml');
  });

  test('ids come from file names, and folders starting with . or _ are set aside', () => {
    expect(idFromFile('C:\\guide\\content\\opportunities\\jiutai\\jiutai-biologics-cdmo.yaml', win)).toBe('jiutai-biologics-cdmo');
    expect(idFromFile('C:\\guide\\content\\regions\\jiutai.YML', win)).toBe('jiutai');
    expect(isSetAside('jiutai\\_drafts\\a.yaml', win)).toBe(true);
    expect(isSetAside('.git\\x.yaml', win)).toBe(true);
    expect(isSetAside('jiutai\\a.yaml', win)).toBe(false);
  });

  test('a boundary file may be written with either slash but must stay inside the content folder', () => {
    const root = 'C:\\guide\\content';
    expect(boundaryFile(root, 'boundaries/jiutai.geojson', win)).toBe('C:\\guide\\content\\boundaries\\jiutai.geojson');
    expect(boundaryFile(root, 'boundaries\\jiutai.geojson', win)).toBe('C:\\guide\\content\\boundaries\\jiutai.geojson');
    expect(boundaryFile(root, '..\\secret.geojson', win)).toBeNull();
    expect(boundaryFile(root, 'D:\\elsewhere\\a.geojson', win)).toBeNull();
    expect(boundaryFile(root, 'C:\\guide\\content-other\\a.geojson', win)).toBeNull();
    expect(boundaryFile('/srv/content', '../etc/passwd', path.posix)).toBeNull();
  });

  test('kiosk pages are recognised in Windows build listings', () => {
    expect(isKioskPage('zh\\kiosk\\index.html')).toBe(true);
    expect(isKioskPage('en\\kiosk\\regions\\jiutai\\index.html')).toBe(true);
    expect(isKioskPage('en\\regions\\jiutai\\index.html')).toBe(false);
  });
});

describe('the kiosk launcher prints the command of the machine it runs on', () => {
  const url = 'http://localhost:4330/zh/kiosk/';

  test('Windows: Edge from Program Files, profile under %LOCALAPPDATA%, lines for cmd.exe and PowerShell', () => {
    const launch = kioskLaunch(url, {
      platform: 'win32',
      home: 'C:\\Users\\Wang Li',
      env: { LOCALAPPDATA: 'C:\\Users\\Wang Li\\AppData\\Local', ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' },
      exists: () => false,
    });
    expect(launch.program).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(launch.profile).toBe('C:\\Users\\Wang Li\\AppData\\Local\\InvestAtlas\\KioskProfile');
    expect(launch.args).toContain('--edge-kiosk-type=fullscreen');
    const [cmd, powerShell] = launch.commands.map((command) => command.line);
    expect(cmd).toBe(
      `"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe" --kiosk --edge-kiosk-type=fullscreen "--user-data-dir=C:\\Users\\Wang Li\\AppData\\Local\\InvestAtlas\\KioskProfile" --noerrdialogs --disable-session-crashed-bubble --disable-infobars --no-first-run --check-for-update-interval=31536000 --autoplay-policy=no-user-gesture-required --disable-pinch --overscroll-history-navigation=0 ${url}`,
    );
    expect(powerShell.startsWith(`& 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe' --kiosk`)).toBe(true);
    expect(powerShell).toContain(`'--user-data-dir=C:\\Users\\Wang Li\\AppData\\Local\\InvestAtlas\\KioskProfile'`);
  });

  test('Windows: Chrome when it is installed and Edge is not; a profile without LOCALAPPDATA goes under the home folder', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const launch = kioskLaunch(url, { platform: 'win32', home: 'C:\\Users\\kiosk', env: {}, exists: (file) => file === chrome });
    expect(launch.program).toBe(chrome);
    expect(launch.browser).toBe('Google Chrome');
    expect(launch.args).not.toContain('--edge-kiosk-type=fullscreen');
    expect(launch.profile).toBe('C:\\Users\\kiosk\\AppData\\Local\\InvestAtlas\\KioskProfile');
  });

  test('macOS: the app bundle, profile under Application Support', () => {
    const launch = kioskLaunch(url, { platform: 'darwin', home: '/Users/wang', env: {} });
    expect(launch.program).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(launch.commands[0].line).toMatch(/^'\/Applications\/Google Chrome\.app\/Contents\/MacOS\/Google Chrome' --kiosk '--user-data-dir=\/Users\/wang\/Library\/Application Support\/InvestAtlas\/KioskProfile'/);
  });

  test('Linux: chromium with a profile in the home folder', () => {
    const launch = kioskLaunch(url, { platform: 'linux', home: '/home/expo', env: {} });
    expect(launch.commands[0].line.startsWith('chromium --kiosk --user-data-dir=/home/expo/.invest-atlas-kiosk ')).toBe(true);
  });

  test('quoting keeps cmd.exe and PowerShell special characters literal', () => {
    expect(cmdCommand('a.exe', ['x y', 'say "hi"', 'a&b'])).toBe('a.exe "x y" "say ""hi""" "a&b"');
    expect(powerShellCommand('C:\\a b\\c.exe', ["it's", '$env:x'])).toBe(`& 'C:\\a b\\c.exe' 'it''s' '$env:x'`);
  });
});

describe('files saved on Windows', () => {
  test('an imported file whose line ends became CRLF still counts as untouched; a real edit does not', async () => {
    const { existingState, renderEntryFile, rowHash } = await import('../../src/lib/import/entry-file.ts');
    const data = { title: { zh: '九台生物药中试基地' }, investment: { negotiable: true }, updated: '2026-11-23' };
    const written = renderEntryFile(data);
    expect(existingState(written.replace(/\n/g, '\r\n'))).toEqual({ kind: 'imported', rowHash: rowHash(data) });
    expect(existingState(written.replace(/\n/g, '\r\n').replace('九台', '长春'))).toEqual({ kind: 'edited' });
  });
});

describe('installing on Windows and macOS', () => {
  test('the lock file lists the native packages of every system, not only those of the machine that wrote it', () => {
    // npm can drop other systems' optional packages (Rollup, Pagefind and Astro's compiler ship one per
    // system) from a lock file written on Linux; `npm ci` on Windows then installs no Rollup for it.
    const lock = JSON.parse(readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing = Object.entries(lock.packages).flatMap(([key, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !lock.packages[`node_modules/${name}`] && !lock.packages[`${key}/node_modules/${name}`])
        .map((name) => `${key} → ${name}`),
    );
    expect(missing).toEqual([]);
    expect(lock.packages['node_modules/@rollup/rollup-win32-x64-msvc']).toBeDefined();
    expect(lock.packages['node_modules/@pagefind/windows-x64']).toBeDefined();
    expect(lock.packages['node_modules/@astrojs/compiler-binding-darwin-arm64']).toBeDefined();
  });
});
