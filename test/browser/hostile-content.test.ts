import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildGuide } from '../support/build.ts';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { contentWithOverlay, fixturesRoot } from '../support/fixtures.ts';
import { testOutput } from '../support/paths.ts';
import { pagePaths, readPage } from '../support/site.ts';
import { serveDirectory } from '../support/static-server.ts';

/**
 * A guide whose every text field — titles, summaries, contact names, document numbers, Markdown
 * bodies — carries script tags, event handlers, `javascript:` links, SVG with script and the like.
 * It must build, show the words as text, and run none of it.
 */
const browser = useBrowser();
let site: string;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const content = await contentWithOverlay(path.join(fixturesRoot, 'hostile'));
  site = await mkdtemp(path.join(testOutput, 'hostile-'));
  const result = await buildGuide({ content, outDir: site });
  if (result.code !== 0) throw new Error(`the hostile guide did not build:\n${result.output}`);
  server = await serveDirectory(site);
});

afterAll(async () => {
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

const hostilePages = ['opportunities/api-plant/', 'policies/land-support/', 'regions/jiutai/', 'opportunities/', 'policies/', 'regions/', ''];

test('no page of the hostile guide carries a script, handler or script URL of the content', async () => {
  const found: string[] = [];
  for (const page of await pagePaths(site)) {
    const document = await readPage(page, site);
    for (const script of document.querySelectorAll('script')) {
      if (script.textContent.includes('__pwned')) found.push(`${page}: <script>${script.textContent.slice(0, 40)}`);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const [name, value] of Object.entries(element.attributes)) {
        if (/^on/i.test(name)) found.push(`${page}: ${name} on <${element.tagName}>`);
        if (/^\s*(javascript|vbscript|data):/i.test(value) && name !== 'content') found.push(`${page}: ${name}="${value.slice(0, 40)}"`);
      }
      if (['IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName)) found.push(`${page}: <${element.tagName}>`);
      if (element.tagName === 'FORM' && /^(https?:)?\/\//.test(element.getAttribute('action') ?? '')) found.push(`${page}: form to ${element.getAttribute('action')}`);
      if (element.tagName === 'STYLE' && element.textContent.includes('display: none')) found.push(`${page}: <style> of the content`);
    }
  }
  expect(found).toEqual([]);
});

test('in Chromium the hostile pages show the markup as words and run none of it', async () => {
  for (const locale of ['zh', 'en']) {
    for (const page_ of hostilePages) {
      const page = await browser().newPage();
      const problems = watchForProblems(page);
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(`${server.url}/${locale}/${page_}`);
      // Pointing at everything a visitor might touch gives any smuggled handler its chance.
      await page.evaluate(() => document.querySelectorAll('main *').forEach((element) => element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))));
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned), `${locale}/${page_}`).toBeUndefined();
      expect(dialogs, `${locale}/${page_}`).toEqual([]);
      expect(await page.locator('main').isVisible(), `${locale}/${page_}`).toBe(true);
      expect(problems, `${locale}/${page_}`).toEqual([]);
      await page.close();
    }
  }
  const page = await browser().newPage();
  await page.goto(`${server.url}/zh/opportunities/api-plant/`);
  expect(await page.locator('h1').textContent()).toContain("<script>window.__pwned = 'title'</script>");
  await page.close();
});
