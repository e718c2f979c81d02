/**
 * `npm run kiosk -- [--build] [--port 4330]`: the expo kiosk on this machine. Builds the guide
 * when the build is missing or older than the content (or with --build), serves it on
 * localhost (with Range requests, as video and large files need), and prints the Chromium
 * command that opens it full screen, locked down.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { parse } from 'yaml';
import { kioskLaunch, needsBuild } from '../lib/kiosk/launch.ts';
import { isLocale } from '../lib/i18n.ts';
import { pagePath } from '../lib/paths.ts';
import { defaultLocale } from '../lib/vocabulary.ts';
import { contentRoot } from '../loaders/content-root.ts';
import { nodeCommand } from './node-bin.ts';

const { values } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    port: { type: 'string', default: '4330' },
  },
});

const outDir = path.resolve(process.env.ATLAS_OUT_DIR || 'dist');
const content = contentRoot();

async function newestFile(dir: string): Promise<number> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  const times = await Promise.all(files.filter((file) => file.isFile()).map(async (file) => (await stat(path.join(file.parentPath, file.name))).mtimeMs));
  return Math.max(0, ...times);
}

// The service worker is written last: its presence means the build finished.
const builtAt = (await stat(path.join(outDir, 'kiosk-sw.js')).catch(() => undefined))?.mtimeMs;
if (needsBuild(builtAt, await newestFile(content), values.build)) {
  console.log('构建中 / Building the guide…');
  const astro = nodeCommand('astro', ['build']);
  const result = spawnSync(astro.program, astro.args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const site = parse(await readFile(path.join(content, 'site.yaml'), 'utf8')) as { kiosk?: { defaultLanguage?: string } };
const language = isLocale(site.kiosk?.defaultLanguage) ? site.kiosk.defaultLanguage : defaultLocale;
const serve = sirv(outDir, { etag: true, dev: false });
const server = createServer((request, response) => serve(request, response, () => {
  response.statusCode = 404;
  response.end('not found');
}));
const port = Number(values.port);
server.listen(port, '127.0.0.1', () => {
  const url = `http://localhost:${port}${pagePath(language, 'kiosk')}`;
  const launch = kioskLaunch(url, { platform: process.platform, home: os.homedir(), env: process.env, exists: existsSync });
  console.log(`\n展会模式已就绪 / The kiosk is served at ${url}`);
  console.log(`\n用 ${launch.browser} 全屏锁定打开 / Open it full screen, locked down, in ${launch.browser}:`);
  for (const command of launch.commands) console.log(`\n  ${command.shell}:\n  ${command.line}`);
  console.log(`\n展会浏览器配置保存在 / The kiosk browser profile is kept in ${launch.profile}\n`);
  console.log('按 Ctrl+C 停止 / Ctrl+C stops the server.');
});
