import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { noScriptFilterLimit } from '../../src/lib/filters.ts';
import { kioskSlides } from '../../src/lib/kiosk/slides.ts';
import { mapPointsPath, type MapPoints } from '../../src/lib/map/points.ts';
import { hasKioskPage } from '../../src/lib/kiosk/urls.ts';
import type { ListIndex } from '../../src/lib/list-index.ts';
import { newestFirst } from '../../src/lib/order.ts';
import { laterPages, listPageSize, pageCount } from '../../src/lib/paging.ts';
import { investmentSortValue } from '../../src/lib/list-records.ts';
import { isOpenStage } from '../../src/lib/pipeline.ts';
import type { OpportunityStage } from '../../src/lib/vocabulary.ts';
import { narrowestOption, opportunitiesOnMap, watchForProblems } from '../support/browser.ts';
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
let atlas: Atlas;
let server: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
  const folder = await tempFolder('long-guide');
  writeContent({ out: folder, opportunities: opportunityCount, seed: 3, force: true });
  await rm(outDir, { recursive: true, force: true });
  const { code, output } = await buildGuide({ content: folder, outDir });
  if (code !== 0) throw new Error(`building the generated guide failed:\n${output}`);
  content = await loadContent(folder);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
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
  const kioskDetails = kioskSlides(atlas, atlas.site.kiosk).filter(hasKioskPage).length;
  const laterListPages = laterPages(currentEntries().length).length;
  // per language: home, map, data, search, statistics, cost comparison, four indexes, the article
  // list and its three lists by kind (a guide without articles still has them, saying so), the
  // entries, the opportunity list's pages after the first, the kiosk loop and its details; plus
  // the root and the 404 page
  expect(await pagePaths(outDir)).toHaveLength(2 * (6 + sections.length + 4 + entries + laterListPages + 1 + kioskDetails) + 2);
});

/** The opportunities the list shows by default (current offers), newest first. */
function currentEntries() {
  return [...atlas.opportunities].sort(newestFirst).filter(atlas.isCurrent);
}

/** Ids of the entries a built list page links to, in order. */
async function linkedIds(page: string): Promise<string[]> {
  const document = await readPage(page, outDir);
  return document.querySelectorAll('[data-filter-item] .title a').map((link) => link.getAttribute('href')!.split('/').at(-2)!);
}

/** The open stage (one the list shows by default) with the most current entries. */
function busiestOpenStage(): { stage: string; count: number } {
  const counts = new Map<string, number>();
  for (const opportunity of currentEntries()) counts.set(opportunity.data.stage, (counts.get(opportunity.data.stage) ?? 0) + 1);
  const [stage, count] = [...counts].filter(([name]) => isOpenStage(name as OpportunityStage)).sort((a, b) => b[1] - a[1])[0]!;
  return { stage, count };
}

describe(`a list longer than ${noScriptFilterLimit} entries is paged`, () => {
  test('its first page holds one page of cards and no CSS filter rules, which would make it too slow to open', async () => {
    const page = await readPage('/zh/opportunities/', outDir);
    expect(page.querySelectorAll('[data-filter-item]')).toHaveLength(listPageSize);
    expect(page.querySelectorAll('style').some((style) => style.textContent.includes('data-facet-'))).toBe(false);
    expect(page.querySelector('form.filter-form')?.classList.contains('needs-script')).toBe(true);
  });

  test.each(['zh', 'en'])('its pages in %s hold every current entry exactly once, newest first, and say which part they show', async (locale) => {
    const current = currentEntries();
    const pages = [`/${locale}/opportunities/`, ...laterPages(current.length).map((number) => `/${locale}/opportunities/page/${number}/`)];
    expect(pages).toHaveLength(pageCount(current.length));
    const ids: string[] = [];
    for (const [index, page] of pages.entries()) {
      const onPage = await linkedIds(page);
      expect(onPage.length, page).toBeLessThanOrEqual(listPageSize);
      ids.push(...onPage);
      const document = await readPage(page, outDir);
      const from = index * listPageSize + 1;
      const to = from + onPage.length - 1;
      expect(document.querySelector('[data-filter-status]')?.textContent, page).toBe(locale === 'en' ? `Showing ${from}–${to} of ${current.length}` : `第 ${from}–${to} 项，共 ${current.length} 项`);
      expect(document.querySelector('title')?.textContent, page).toContain(locale === 'en' ? `page ${index + 1} of ${pages.length}` : `第 ${index + 1} 页，共 ${pages.length} 页`);
    }
    expect(ids).toEqual(current.map((opportunity) => opportunity.id));
    expect(existsSync(fileOfPage(`/${locale}/opportunities/page/${pages.length + 1}/`, outDir))).toBe(false);
  });

  test('without JavaScript a reader walks the whole list with the pager and is told filtering needs the script', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/opportunities/`);
    expect(await page.locator('form.filter-form').isVisible()).toBe(false);
    const note = page.locator('.long-list-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('filtering and sorting need JavaScript');
    const pager = page.getByRole('navigation', { name: 'Pages of the list' });
    expect(await pager.locator('a[aria-current="page"]').textContent()).toBe('1');
    expect(await pager.locator('a[rel="prev"]').count()).toBe(0);
    await pager.locator('a[rel="next"]').click();
    await page.waitForURL(/\/en\/opportunities\/page\/2\/$/);
    expect(await page.locator('[data-pager] [aria-current="page"]').textContent()).toBe('2');
    expect(await page.locator('[data-filter-item]').count()).toBe(listPageSize);
    const last = pageCount(currentEntries().length);
    await page.getByRole('link', { name: `Page ${last}`, exact: true }).click();
    await page.waitForURL(new RegExp(`/en/opportunities/page/${last}/$`));
    expect(await page.locator('[data-filter-item]').count()).toBe(currentEntries().length - (last - 1) * listPageSize);
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
    await page.locator('a[rel="prev"]').click();
    await page.waitForURL(new RegExp(`/en/opportunities/page/${last - 1}/$`));
    await context.close();
  });

  test('the JSON index lists every entry, expired and signed ones included, in the page\'s language', async () => {
    const index = JSON.parse(await readFile(path.join(outDir, 'zh', 'opportunities', 'index.json'), 'utf8')) as ListIndex;
    expect(index.records.map((record) => record.id).sort()).toEqual(content.opportunities.map((entry) => entry.id).sort());
    const first = content.opportunities[0]!;
    expect(index.records.find((record) => record.id === first.id)?.title).toBe(first.data.title.zh);
  });

  test('choosing a filter with JavaScript shows the matching entries of the whole guide, more on request, and clearing brings the page back', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/en/opportunities/`);
    await expect.poll(() => page.locator('atlas-filter[data-enhanced]').count()).toBe(1);
    const { stage, count } = busiestOpenStage();
    expect(count).toBeGreaterThan(listPageSize);
    await page.selectOption('select[name="stage"]', stage);
    const status = page.locator('[data-filter-status]');
    await expect.poll(() => status.textContent()).toBe(`${count} results`);
    const results = page.locator('[data-paged-results] > li');
    expect(await results.count()).toBe(listPageSize);
    // The server page and its pager give way to the results.
    expect(await page.locator('[data-filter-item]').first().isVisible()).toBe(false);
    expect(await page.locator('[data-pager]').isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('stage')).toBe(stage);
    // Every result is an entry of that stage, from anywhere in the guide.
    const wanted = new Set(currentEntries().filter((opportunity) => opportunity.data.stage === stage).map((opportunity) => opportunity.id));
    const hrefs = await results.locator('.title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) expect(wanted.has(href.split('/').at(-2)!), href).toBe(true);
    expect(hrefs[0]).toMatch(/^\/en\/opportunities\/[^/]+\/$/);

    await page.locator('[data-show-more]').click();
    await expect.poll(() => results.count()).toBe(Math.min(count, 2 * listPageSize));

    await page.locator('button[type="reset"]').click();
    await expect.poll(() => status.textContent()).toBe(`Showing 1–${listPageSize} of ${currentEntries().length}`);
    expect(await results.count()).toBe(0);
    expect(await page.locator('[data-filter-item]').first().isVisible()).toBe(true);
    expect(await page.locator('[data-pager]').isVisible()).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a shared address with a selection and a sort opens filtered and sorted', async () => {
    const { stage, count } = busiestOpenStage();
    const page = await browser().newPage();
    await page.goto(`${server.url}/zh/opportunities/page/2/?stage=${stage}&sort=investment:desc`);
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toBe(`找到 ${count} 项`);
    expect(await page.locator('select[name="stage"]').inputValue()).toBe(stage);
    // The biggest investment of that stage comes first.
    const biggest = currentEntries()
      .filter((opportunity) => opportunity.data.stage === stage && !opportunity.data.investment.negotiable)
      .sort((a, b) => investmentOf(b) - investmentOf(a))[0]!;
    expect(await page.locator('[data-paged-results] .title a').first().getAttribute('href')).toBe(`/zh/opportunities/${biggest.id}/`);
    await page.close();
  });

  test('axe finds no violations on a later page, nor with results shown', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/zh/opportunities/page/2/`);
    await expect.poll(() => page.locator('atlas-filter[data-enhanced]').count()).toBe(1);
    const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
    const before = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(before.violations.map((violation) => `${violation.id} ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await page.selectOption('select[name="stage"]', busiestOpenStage().stage);
    await page.locator('[data-paged-results] > li').first().waitFor();
    const after = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(after.violations.map((violation) => `${violation.id} ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await context.close();
  });
});

describe('the map of a guide too long to list in its page', () => {
  test('its page lists the newest page of current offers and links to the whole list; its data file holds every opportunity', async () => {
    for (const locale of ['zh', 'en'] as const) {
      const document = await readPage(`/${locale}/map/`, outDir);
      const list = document.querySelector('[data-map-layer="opportunities"]')!;
      expect(list.getAttribute('data-map-points')).toBe(mapPointsPath(locale));
      const listed = list.querySelectorAll('[data-map-place="opportunity"] a').map((link) => link.getAttribute('href')!.split('/').at(-2)!);
      expect(listed).toEqual(currentEntries().slice(0, listPageSize).map((opportunity) => opportunity.id));
      expect(document.querySelector('[data-map-points-note] a')?.getAttribute('href')).toBe(`/${locale}/opportunities/`);
      const file = JSON.parse(await readFile(fileOfPage(mapPointsPath(locale), outDir), 'utf8')) as MapPoints;
      expect(file.points.map((point) => point.href.split('/').at(-2)).sort()).toEqual(content.opportunities.map((entry) => entry.id).sort());
    }
  });

  test('with JavaScript the map shows every current offer, the list a page at a time, and a filter narrows both', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/en/map/`);
    await page.locator('atlas-map[data-map-ready]').waitFor({ state: 'attached' });
    const total = currentEntries().length;
    await expect.poll(() => page.locator('atlas-map').getAttribute('data-shown')).toBe(String(total));
    await expect.poll(() => opportunitiesOnMap(page)).toBe(total);
    const items = page.locator('[data-map-layer="opportunities"] > li');
    expect(await items.count()).toBe(listPageSize);
    expect(await page.locator('[data-map-points-note]').isVisible()).toBe(false);
    const more = page.locator('[data-map-more] button');
    expect(await more.textContent()).toBe(`Show more (${total - listPageSize} left)`);
    await more.click();
    expect(await items.count()).toBe(2 * listPageSize);
    // The reader goes on from the first new place.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-map-layer="opportunities"] > li')[100])).toBe(true);

    const region = await narrowestOption(page, 'region');
    await page.selectOption('select[name="region"]', region.value);
    await expect.poll(() => page.locator('atlas-map').getAttribute('data-shown')).toBe(String(region.count));
    await expect.poll(() => opportunitiesOnMap(page)).toBe(region.count);
    expect(await items.count()).toBe(Math.min(region.count, listPageSize));
    for (const value of await items.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-facet-region')!))) expect(value.split(' ')).toContain(region.value);
    expect(await page.locator('[data-map-more]').isVisible()).toBe(region.count > listPageSize);
    expect(new URL(page.url()).searchParams.get('region')).toBe(region.value);

    // A marker's popup is made from the loaded place: its link and region.
    const pins = page.locator('img.leaflet-marker-icon');
    for (let attempt = 0; attempt < 8 && (await pins.count()) === 0; attempt += 1) {
      await page.locator('.marker-cluster').first().click();
      await page.waitForTimeout(400);
    }
    const name = (await pins.first().getAttribute('alt'))!;
    // The list line of the same place: its accessible name, or its title when that is unique.
    const line = await items.evaluateAll(
      (elements, wanted) => {
        const found = (elements as HTMLElement[]).find((element) => (element.dataset.name ?? element.querySelector('a')?.textContent?.trim()) === wanted);
        return found && { href: found.querySelector('a')!.getAttribute('href')!, region: found.querySelector('[data-place-region]')!.textContent! };
      },
      name,
    );
    expect(line, name).toBeDefined();
    await page.getByRole('button', { name, exact: true }).click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    expect(await popup.locator('a').first().getAttribute('href')).toBe(line!.href);
    expect(await popup.textContent()).toContain(line!.region);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('without JavaScript the list of the newest offers says where the rest are', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/zh/map/`);
    const note = page.locator('[data-map-points-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(`这里列出最新的 ${listPageSize} 个项目，共有 ${currentEntries().length} 个现行项目。`);
    await note.getByRole('link').click();
    await page.waitForURL(/\/zh\/opportunities\/$/);
    await context.close();
  });
});

describe('a region with more open opportunities than a page of the list', () => {
  /** The region with the most open opportunities (the province), and those opportunities. */
  function busiestRegion() {
    const [region] = [...atlas.regions].sort((a, b) => atlas.opportunitiesInRegion(b.id).length - atlas.opportunitiesInRegion(a.id).length);
    return { region: region!, open: atlas.opportunitiesInRegion(region!.id).filter(atlas.isOpen) };
  }

  test.each(['zh', 'en'])('its %s page shows and maps the newest page of them, and links to the whole list and map filtered to it', async (locale) => {
    const { region, open } = busiestRegion();
    expect(open.length).toBeGreaterThan(listPageSize);
    const document = await readPage(`/${locale}/regions/${region.id}/`, outDir);
    const section = document.querySelector('section[aria-labelledby="opportunities-heading"]')!;
    const cards = section.querySelectorAll(':scope > .card-grid > li .title a').map((link) => link.getAttribute('href')!.split('/').at(-2));
    expect(cards).toEqual([...open].sort(newestFirst).slice(0, listPageSize).map((opportunity) => opportunity.id));
    expect(section.querySelector(':scope > [data-more-entries] a')?.getAttribute('href')).toBe(`/${locale}/opportunities/?region=${region.id}`);
    expect(section.querySelector(':scope > [data-more-entries]')?.textContent).toContain(String(open.length));
    expect(document.querySelectorAll('[data-map-place="opportunity"]')).toHaveLength(listPageSize);
    expect(document.querySelector('[data-more-entries] a[href*="/map/"]')?.getAttribute('href')).toBe(`/${locale}/map/?region=${region.id}`);
  });

  test('its links open the list and the map filtered to the region, with every one of them', async () => {
    const { region, open } = busiestRegion();
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    await page.goto(`${server.url}/en/regions/${region.id}/`);
    await page.locator('section[aria-labelledby="opportunities-heading"] > [data-more-entries] a').click();
    await page.waitForURL(/\/en\/opportunities\/\?region=/);
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toBe(`${open.length} results`);
    await page.goto(`${server.url}/en/map/?region=${region.id}`);
    await expect.poll(() => page.locator('atlas-map').getAttribute('data-shown')).toBe(String(open.length));
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** An opportunity's investment in yuan, as the list sorts it. */
function investmentOf(opportunity: Atlas['opportunities'][number]): number {
  return Number(investmentSortValue(atlas, opportunity));
}
