/**
 * `npm start` on a guide while staff edit it: after every save the pages serve the new content,
 * never the old, and a broken file is reported with its file and field. The dev server keeps
 * checked files and the guide's model between requests; this is what makes that safe.
 */
import { spawn } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { validFixture } from '../support/fixtures.ts';
import { projectRoot, testToday } from '../support/paths.ts';
import { tempFolder } from '../support/temp.ts';
import { freePort } from '../../src/cli/free-port.ts';

async function replaceIn(file: string, from: RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  await writeFile(file, next);
}

test('the dev server serves every saved change and reports a broken reference', { timeout: 480_000 }, async () => {
  const root = await tempFolder('dev-content');
  await cp(validFixture, root, { recursive: true });
  const port = await freePort();
  // The server runs as staff run it, not in the test runner's mode.
  const env: Record<string, string | undefined> = { ...process.env, ATLAS_CONTENT: root, ATLAS_TODAY: testToday, NODE_ENV: 'development', FORCE_COLOR: '0' };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'TEST') delete env[name];
  const child = spawn(process.execPath, [path.join(projectRoot, 'src/cli/astro.ts'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));

  /** Asks for the page until `accept` holds, as someone reloading it would. */
  const page = async (pathname: string, accept: (status: number, html: string) => boolean, seconds = 90): Promise<string> => {
    const deadline = Date.now() + seconds * 1000;
    let last = '';
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the dev server stopped:\n${output}`);
      const response = await fetch(`http://127.0.0.1:${port}${pathname}`, { signal: AbortSignal.timeout(60_000) }).catch(() => undefined);
      if (response) {
        last = await response.text();
        if (accept(response.status, last)) return last;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${pathname} never answered as expected; last answer:\n${last.slice(0, 500)}\nserver:\n${output}`);
  };
  const showing = (text: string) => (status: number, html: string) => status === 200 && html.includes(text);

  try {
    // The first answer waits for the server to start and compile the page.
    await page('/zh/opportunities/api-plant/', showing('原料药生产基地'), 240);
    await page('/zh/regions/jiutai/', showing('原料药生产基地'));

    // An edited title: on the entry's page, on its region's page and on the list of opportunities.
    const apiPlant = path.join(root, 'opportunities/api-plant.yaml');
    await replaceIn(apiPlant, /原料药生产基地/, '原料药绿色制造基地');
    await page('/zh/opportunities/api-plant/', showing('原料药绿色制造基地'));
    for (const list of ['/zh/regions/jiutai/', '/zh/opportunities/']) {
      const html = await page(list, showing('原料药绿色制造基地'));
      expect(html).not.toContain('原料药生产基地');
    }

    // A reference to a region that does not exist: reported with the file and the field.
    const coldChain = path.join(root, 'opportunities/cold-chain.yaml');
    await replaceIn(coldChain, /^region: changchun$/m, 'region: nowhere-new-area');
    const deadline = Date.now() + 90_000;
    while (!/cold-chain\.yaml:\d+:\d+\s+字段\/field: region/.test(output) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(output).toMatch(/cold-chain\.yaml:\d+:\d+\s+字段\/field: region/);
    expect(output).toContain('nowhere-new-area');

    // Fixed, with a new title in the same save: the fix and the title both show.
    await replaceIn(coldChain, /^region: nowhere-new-area$/m, 'region: changchun');
    await replaceIn(coldChain, /冷链物流中心/, '冷链物流枢纽');
    await page('/zh/opportunities/cold-chain/', showing('冷链物流枢纽'));
    await page('/zh/regions/changchun/', showing('冷链物流枢纽'));

    // A deleted entry: its page is gone and no list shows it.
    await rm(apiPlant);
    await page('/zh/opportunities/api-plant/', (status) => status === 404);
    const list = await page('/zh/opportunities/', showing('冷链物流枢纽'));
    expect(list).not.toContain('原料药绿色制造基地');
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
