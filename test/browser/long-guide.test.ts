import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { noScriptFilterLimit } from '../../src/lib/filters.ts';
import { kioskSlides } from '../../src/lib/kiosk/slides.ts';
import { hasKioskPage } from '../../src/lib/kiosk/urls.ts';
import { writeContent } from '../../seeds/generate.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { buildGuide } from '../support/build.ts';
import { testOutput, testToday } from '../support/paths.ts';
import { fileOfPage, pagePaths, readPage } from '../support/site.ts';
import { serveDirectory } from '../support/static-server.ts';
import { tempFolder } from '../support/temp.ts';

// Another locality's content, generated, with more opportunities than CSS can filter.
const opportunityCount = noScriptFilterLimit + 100;
const outDir = path.join(testOutput, 'long-guide');
const browser = useBrowser();
let content: AtlasContent;
let server: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
  const folder = await tempFolder('long-guide');
  writeContent({ out: folder, opportunities: opportunityCount, seed: 3, force: true });
  await rm(outDir, { recursive: true, force: true });
  const { code, output } = await buildGuide({ content: folder, outDir });
  if (code !== 0) throw new Error(`building the generated guide failed:\n${output}`);
  content = await loadContent(folder);
  server = await serveDirectory(outDir);
  // 2 378 pages with their share cards drawn from an empty cache: over two minutes on a quiet
  // two-core machine, and a CI runner shares those cores with the other test projects.
}, 900_000);
afterAll(async () => {
  await server?.close();
});

test('ATLAS_CONTENT builds another locality\'s guide, one page per entry per language', async () => {
  const sections = ['regions', 'chains', 'opportunities', 'policies'] as const;
  for (const section of sections) {
    for (const entry of content[section]) {
      for (const locale of ['zh', 'en']) expect(existsSync(fileOfPage(`/${locale}/${section}/${entry.id}/`, outDir)), `${locale}/${section}/${entry.id}`).toBe(true);
    }
  }
  const entries = sections.reduce((total, section) => total + content[section].length, 0);
  const atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
  const kioskDetails = kioskSlides(atlas, atlas.site.kiosk).filter(hasKioskPage).length;
  // per language: home, map, data, search, statistics, cost comparison, four indexes, the article
  // list and its three lists by kind (a guide without articles still has them, saying so), the
  // entries, the kiosk loop and its details; plus the root and the 404 page
  expect(await pagePaths(outDir)).toHaveLength(2 * (6 + sections.length + 4 + entries + 1 + kioskDetails) + 2);
});

describe(`a list longer than ${noScriptFilterLimit} entries`, () => {
  test('carries no CSS filter rules, which would make the page too slow to open', async () => {
    const page = await readPage('/zh/opportunities/', outDir);
    expect(page.querySelectorAll('[data-filter-item]')).toHaveLength(opportunityCount);
    expect(page.querySelectorAll('style').some((style) => style.textContent.includes('data-facet-'))).toBe(false);
    expect(page.querySelector('form.filter-form')?.classList.contains('needs-script')).toBe(true);
  });

  test('filters and sorts with JavaScript, quickly', async () => {
    const page = await browser().newPage();
    await page.goto(`${server.url}/en/opportunities/`);
    await expect.poll(() => page.locator('atlas-filter[data-enhanced]').count()).toBe(1);
    expect(await page.locator('form.filter-form').isVisible()).toBe(true);
    const stage = await page.locator('select[name="stage"] option').nth(1).getAttribute('value');
    await page.selectOption('select[name="stage"]', stage!);
    const shown = await page.locator('[data-filter-item]:not([hidden])').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(opportunityCount);
    expect(new URL(page.url()).searchParams.get('stage')).toBe(stage);
    await page.close();
  });

  test('without JavaScript shows every entry and says filtering needs the script', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/opportunities/`);
    expect(await page.locator('form.filter-form').isVisible()).toBe(false);
    const note = page.locator('.long-list-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('filtering and sorting need JavaScript');
    expect(await page.locator('[data-filter-item]').count()).toBe(opportunityCount);
    await context.close();
  });
});
