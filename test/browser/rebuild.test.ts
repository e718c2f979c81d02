/**
 * Staff edit a guide and build it again. The second build keeps what the first left behind — the
 * output folder, Astro's content store and picture cache, the share-card cache — and must still
 * show the edit everywhere the entry appears and nothing of what was there before: not the old
 * title, not the deleted entry, not the old picture. The strongest check: the rebuilt folder is
 * the same, file for file and byte for byte, as a clean build of the edited content from empty
 * caches into an empty folder.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { writeContent } from '../../seeds/generate.ts';
import { illustrationCredit, illustrationJpeg } from '../../seeds/illustrations.ts';
import { traditionalConverter } from '../../src/lib/chinese-script/convert.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { label } from '../../src/lib/i18n.ts';
import type { AtlasContent, ContentEntry } from '../../src/lib/content/types.ts';
import type { Opportunity, Region } from '../../src/schemas/index.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { buildGuide } from '../support/build.ts';
import { differingFiles, filesUnder, readableFiles } from '../support/output-files.ts';
import { testOutput } from '../support/paths.ts';
import { pagePaths, text } from '../support/site.ts';
import { serveDirectory } from '../support/static-server.ts';
import { tempFolder } from '../support/temp.ts';

// The guide builds its Traditional edition too: converted text is one more place an old name could stay.
const locales = ['zh', 'en', 'zh-hant'] as const;
type Names = Record<(typeof locales)[number], string>;
const toTraditional = traditionalConverter({ standard: 'twp' });
const names = (title: { zh: string; en: string }): Names => ({ zh: title.zh, en: title.en, 'zh-hant': toTraditional(title.zh) });
/** The new investment, 8.25亿元, as each edition writes it. */
const amount: Names = { zh: '8.25亿元', en: 'CNY 825 million', 'zh-hant': '8.25億元' };
const rebuilt = path.join(testOutput, 'rebuild', 'rebuilt');
const clean = path.join(testOutput, 'rebuild', 'clean');
const browser = useBrowser();

/** What staff change: the edited entry before and after, the entry they delete, the article that names the edited one. */
interface Edit {
  id: string;
  summary: { before: Names; after: Names };
  region: { before: string; after: string; left: string[] };
  before: Names & { stage: string };
  after: Names & { stage: string };
  /** Where it is after the edit. */
  location: { lat: number; lng: number };
  deleted: Names & { id: string };
  chain: string;
  article: string;
}

let edit: Edit;
/** What the first build wrote that the checks compare with. */
const first = { filesWithOldTitle: [] as string[], shareCard: {} as Record<string, Buffer> };
let rebuildOutput = '';

const page = async (root: string, pagePath: string) => parse(await readFile(path.join(root, pagePath, 'index.html'), 'utf8'));

/** Unreferenced, open, on the map, with titles no other file contains: changing or deleting it touches only itself. */
function isolated(content: AtlasContent, texts: Map<string, string>, entry: ContentEntry<Opportunity>): boolean {
  const others = [...texts].filter(([file]) => file !== entry.file).map(([, body]) => body);
  const { zh, en } = entry.data.title;
  const summary = entry.data.summary;
  const own = texts.get(entry.file) ?? '';
  const once = (words: string) => own.split(words).length === 2;
  return (
    en !== undefined &&
    summary.en !== undefined &&
    [zh, en, summary.zh, summary.en].every(once) &&
    content.opportunities.every((other) => other === entry || !other.id.includes(entry.id)) &&
    ['seeking', 'negotiating'].includes(entry.data.stage) &&
    entry.data.location !== undefined &&
    entry.data.chain !== undefined &&
    !entry.data.investment.negotiable &&
    `${entry.data.investment.amount}${entry.data.investment.unit}` !== '8.25亿元' &&
    others.every((body) => [entry.id, zh, en, summary.zh, summary.en!].every((words) => !body.includes(words))) &&
    content.opportunities.every((other) => other === entry || (!other.data.title.zh.includes(zh) && !zh.includes(other.data.title.zh)))
  );
}

function ancestors(regions: ContentEntry<Region>[], id: string): string[] {
  const chain: string[] = [];
  for (let current = regions.find((region) => region.id === id); current; current = regions.find((region) => region.id === current!.data.parent)) chain.push(current.id);
  return chain;
}

async function setYaml(file: string, changes: [readonly (string | number)[], unknown][]): Promise<void> {
  const document = parseDocument(await readFile(file, 'utf8'));
  for (const [field, value] of changes) document.setIn(field, value);
  await writeFile(file, document.toString({ lineWidth: 0 }));
}

function articleFiles(edit: Pick<Edit, 'id'> & { title: { zh: string; en: string } }, chain: string): Record<string, string> {
  const front = (lines: string[]) => `---\n${lines.join('\n')}\n---\n\n`;
  return {
    'rebuild-feature.zh.mdx': front([
      'kind: news',
      'title: 产业链项目推介会举行',
      'date: 2026-11-10',
      'summary: 推介会集中发布了一批产业链招商项目。',
      `chains: [${chain}]`,
      `opportunities: [${edit.id}]`,
      'updated: 2026-11-10',
      // A picture the edit leaves alone: the rebuild takes its encodings from the cache.
      'cover: { src: ../images/event.jpg, alt: { zh: 推介会现场, en: The promotion event }, credit: { zh: 示例插图, en: Sample illustration } }',
    ]) + `推介会上重点推介了${edit.title.zh}。\n\n<OpportunityList chain="${chain}" limit={24} />\n\n<MiniMap opportunity="${edit.id}" />\n`,
    'rebuild-feature.en.mdx': front(['title: Chain projects presented to investors', 'summary: A promotion event presented a set of projects along the chain.']) +
      `The event featured the ${edit.title.en}.\n\n<OpportunityList chain="${chain}" limit={24} />\n\n<MiniMap opportunity="${edit.id}" />\n`,
  };
}

async function build(content: string, outDir: string, cache: string): Promise<string> {
  const { code, output } = await buildGuide({ content, outDir, env: { ATLAS_CACHE_DIR: cache } });
  if (code !== 0) throw new Error(`building ${outDir} failed:\n${output}`);
  return output;
}

beforeAll(async () => {
  const content = await tempFolder('rebuild-content');
  const cache = await tempFolder('rebuild-cache');
  writeContent({ out: content, opportunities: 40, seed: 5, force: true });
  const loaded = await loadContent(content);
  const sources = new Map<string, string>();
  for (const file of await filesUnder(content)) sources.set(path.join(content, file), await readFile(path.join(content, file), 'utf8'));
  const [edited, deleted] = loaded.opportunities.filter((entry) => isolated(loaded, sources, entry));
  if (!edited || !deleted) throw new Error('the generated guide has no two opportunities that can be edited on their own');
  // Moved to a region in another branch of the tree, so both regions' pages and their parents' change.
  const province = loaded.regions.find((region) => region.data.level === 'province')?.id;
  const before = ancestors(loaded.regions, edited.data.region);
  const target = loaded.regions.find((region) => region.id !== province && !ancestors(loaded.regions, region.id).some((id) => id !== province && before.includes(id)));
  if (!target) throw new Error('the generated guide has no region in another city');
  const title = edited.data.title as { zh: string; en: string };
  edit = {
    id: edited.id,
    // The old region and those above it that are not above the new one stop listing it.
    region: { before: edited.data.region, after: target.id, left: before.filter((id) => !ancestors(loaded.regions, target.id).includes(id)) },
    before: { ...names(title), stage: edited.data.stage },
    after: { ...names({ zh: '云帆绿色智造产业园项目', en: 'Yunfan Green Smart Manufacturing Park' }), stage: edited.data.stage === 'seeking' ? 'negotiating' : 'seeking' },
    summary: {
      before: names(edited.data.summary as { zh: string; en: string }),
      after: names({
        zh: `在${target.data.name.zh}建设绿色智能制造产业园，总投资8.25亿元，诚邀投资合作。`,
        en: `A green smart manufacturing park in ${target.data.name.en ?? target.data.name.zh}, total investment CNY 825 million; we welcome investors.`,
      }),
    },
    deleted: { id: deleted.id, ...names({ zh: deleted.data.title.zh, en: deleted.data.title.en! }) },
    location: { lat: Number((target.data.center.lat + 0.01).toFixed(6)), lng: Number((target.data.center.lng + 0.01).toFixed(6)) },
    chain: edited.data.chain!,
    article: 'rebuild-feature',
  };

  // Before: the entry has a cover picture and an article presents it by name.
  await mkdir(path.join(content, 'images'), { recursive: true });
  await writeFile(path.join(content, 'images', 'feature-cover.jpg'), await illustrationJpeg('plant', 3));
  await writeFile(path.join(content, 'images', 'event.jpg'), await illustrationJpeg('city', 5));
  const cover = (names: { zh: string; en: string }) => ({ src: path.relative(path.dirname(edited.file), path.join(content, 'images', 'feature-cover.jpg')).split(path.sep).join('/'), alt: { zh: `${names.zh}效果图`, en: `Rendering of the ${names.en}` }, credit: illustrationCredit });
  await setYaml(edited.file, [[['images'], { cover: cover(title) }]]);
  const articles = path.join(content, 'articles');
  await mkdir(articles, { recursive: true });
  for (const [name, body] of Object.entries(articleFiles({ id: edit.id, title }, edited.data.chain!))) await writeFile(path.join(articles, name), body);

  await setYaml(path.join(content, 'site.yaml'), [[['traditionalChinese'], { build: true, standard: 'twp' }]]);

  await rm(rebuilt, { recursive: true, force: true });
  await build(content, rebuilt, cache);
  const readable = await readableFiles(rebuilt);
  first.filesWithOldTitle = [...readable].filter(([, body]) => locales.some((locale) => body.includes(edit.before[locale]))).map(([file]) => file);
  for (const locale of locales) first.shareCard[locale] = await readFile(path.join(rebuilt, 'share', locale, 'opportunities', `${edit.id}.png`));

  // The edit, as staff make it: a new name and summary in Chinese and English (the picture's text
  // too), a new amount, stage, region and site, a new photo under the old file name; the article follows
  // the new name; another entry is deleted.
  await setYaml(edited.file, [
    [['title', 'zh'], edit.after.zh],
    [['title', 'en'], edit.after.en],
    [['summary', 'zh'], edit.summary.after.zh],
    [['summary', 'en'], edit.summary.after.en],
    [['investment'], { amount: 8.25, unit: '亿元' }],
    [['stage'], edit.after.stage],
    [['region'], target.id],
    [['location'], edit.location],
    [['updated'], '2026-11-22'],
    [['images'], { cover: cover(edit.after) }],
  ]);
  await writeFile(path.join(content, 'images', 'feature-cover.jpg'), await illustrationJpeg('lab', 4));
  for (const [name, body] of Object.entries(articleFiles({ id: edit.id, title: edit.after }, edited.data.chain!))) await writeFile(path.join(articles, name), body);
  await rm(deleted.file);

  // The rebuild: same output folder, same caches.
  rebuildOutput = await build(content, rebuilt, cache);
  // The reference: the same content from nothing.
  await rm(clean, { recursive: true, force: true });
  await build(content, clean, await tempFolder('rebuild-empty-cache'));
}, 900_000);

describe('the guide and the edit under test', () => {
  test('the first build showed the old name in many places, and the rebuild reused the caches', () => {
    expect(first.filesWithOldTitle.length).toBeGreaterThan(10);
    for (const locale of locales) expect(first.filesWithOldTitle).toContain(`${locale}/opportunities/${edit.id}/index.html`);
    // The share cards of unchanged entries and the unchanged pictures came from the caches.
    const reused = /share cards: .*; (\d+) drawn in .* (\d+) from the cache/.exec(rebuildOutput);
    expect(Number(reused?.[2])).toBeGreaterThan(0);
    expect(Number(reused?.[1])).toBeGreaterThan(0);
    expect(rebuildOutput).toContain('reused cache entry');
  });
});

describe('after the rebuild, the edit shows everywhere', () => {
  test('on the entry page of every edition: the new name, amount, stage, region and picture', async () => {
    const json = JSON.parse(await readFile(path.join(rebuilt, 'data/opportunities.json'), 'utf8'));
    const item = json.items.find((entry: { id: string }) => entry.id === edit.id);
    for (const locale of locales) {
      const document = await page(rebuilt, `${locale}/opportunities/${edit.id}`);
      expect(text(document.querySelector('h1'))).toBe(edit.after[locale]);
      expect(text(document.querySelector('title'))).toContain(edit.after[locale]);
      expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain(edit.after[locale]);
      const main = text(document.querySelector('main'));
      expect(main).toContain(locale === 'zh-hant' ? toTraditional(item.region.name.zh) : item.region.name[locale]);
      expect(main).toContain(edit.summary.after[locale]);
      const facts = document.querySelectorAll('main tr').map((row) => text(row.querySelector('td')));
      expect(facts.some((cell) => cell.startsWith(amount[locale]))).toBe(true);
      expect(facts).toContain(label(locale, 'opportunityStage', edit.after.stage));
      expect(facts).not.toContain(label(locale, 'opportunityStage', edit.before.stage));
      // Search sorts by the amount in yuan.
      expect(document.querySelector('[data-pagefind-sort="investment"]')?.textContent).toBe('825000000');
      const alt = { zh: `${edit.after.zh}效果图`, en: `Rendering of the ${edit.after.en}`, 'zh-hant': toTraditional(`${edit.after.zh}效果图`) }[locale];
      expect(document.querySelectorAll('main img').map((image) => image.getAttribute('alt'))).toContain(alt);
    }
  });

  test('in the lists: all opportunities, the new region, the chain, the map and the article', async () => {
    const lists = ['opportunities', `regions/${edit.region.after}`, `chains/${edit.chain}`, 'map', `articles/${edit.article}`];
    for (const locale of locales) {
      for (const list of lists) {
        const link = (await page(rebuilt, `${locale}/${list}`)).querySelectorAll(`a[href="/${locale}/opportunities/${edit.id}/"]`);
        expect(link.length, `${locale}/${list}`).toBeGreaterThan(0);
        expect(link.map((element) => text(element)).filter(Boolean), `${locale}/${list}`).toContain(edit.after[locale]);
      }
      // The map's list carries the new site, region and amount for its markers and filters.
      const place = (await page(rebuilt, `${locale}/map`)).querySelector(`[data-map-place="opportunity"]:has(a[href="/${locale}/opportunities/${edit.id}/"])`);
      expect(place?.getAttribute('data-facet-region')?.split(' ')).toContain(edit.region.after);
      expect(place?.getAttribute('data-facet-region')?.split(' ')).not.toContain(edit.region.before);
      expect(Number(place?.getAttribute('data-lat'))).toBeCloseTo(edit.location.lat, 4);
      expect(Number(place?.getAttribute('data-lng'))).toBeCloseTo(edit.location.lng, 4);
      expect(text(place?.querySelector('[data-place-investment]'))).toContain(amount[locale]);
      expect(place?.getAttribute('data-stage')).toBe(label(locale, 'opportunityStage', edit.after.stage));
      // The old region, and those above it that are not above the new one, no longer list it.
      for (const region of edit.region.left) {
        const old = await page(rebuilt, `${locale}/regions/${region}`);
        expect(old.querySelectorAll(`a[href="/${locale}/opportunities/${edit.id}/"]`), region).toHaveLength(0);
      }
      // The article's own text follows the edit of its file.
      expect(text((await page(rebuilt, `${locale}/articles/${edit.article}`)).querySelector('main'))).toContain(edit.after[locale]);
    }
  });

  test('in the exports, the map data and the feeds', async () => {
    const json = JSON.parse(await readFile(path.join(rebuilt, 'data/opportunities.json'), 'utf8'));
    const item = json.items.find((entry: { id: string }) => entry.id === edit.id);
    expect(item.title).toEqual({ zh: edit.after.zh, en: edit.after.en });
    expect(item.summary).toEqual({ zh: edit.summary.after.zh, en: edit.summary.after.en });
    expect(item.investment).toMatchObject({ amount: '8.25', unit: '亿元' });
    expect(item.stage).toBe(edit.after.stage);
    expect(item.region.id).toBe(edit.region.after);
    const csv = await readFile(path.join(rebuilt, 'data/opportunities.csv'), 'utf8');
    expect(csv.split('\n').find((line) => line.startsWith(`${edit.id},`))).toContain(`${edit.after.zh},${edit.after.en}`);
    const geojson = JSON.parse(await readFile(path.join(rebuilt, 'data/regions.geojson'), 'utf8'));
    const feature = geojson.features.find((entry: { id: string }) => entry.id === `opportunity/${edit.id}`);
    expect(feature.geometry.coordinates).toEqual([edit.location.lng, edit.location.lat]);
    expect(feature.properties).toMatchObject({ name_zh: edit.after.zh, name_en: edit.after.en, region: edit.region.after, investment_amount: '8.25', investment_unit: '亿元' });
    for (const locale of locales) expect(await readFile(path.join(rebuilt, locale, 'feeds/opportunities.xml'), 'utf8')).toContain(edit.after[locale]);
  });

  test('its share card is drawn again, and is the one a clean build draws', async () => {
    for (const locale of locales) {
      const card = await readFile(path.join(rebuilt, 'share', locale, 'opportunities', `${edit.id}.png`));
      expect(card.equals(first.shareCard[locale]!)).toBe(false);
      expect(card.equals(await readFile(path.join(clean, 'share', locale, 'opportunities', `${edit.id}.png`)))).toBe(true);
    }
  });

  test('every file that showed the old name shows the new one, or left with the move', async () => {
    const readable = await readableFiles(rebuilt);
    const movedAway = (file: string) => edit.region.left.some((region) => file.includes(`/regions/${region}/`) || file === `data/stats/regions/${region}.csv`);
    for (const file of first.filesWithOldTitle) {
      const body = readable.get(file);
      if (body === undefined || movedAway(file)) continue;
      expect(locales.some((locale) => body.includes(edit.after[locale])), file).toBe(true);
    }
  });
});

describe('after the rebuild, nothing stale is left', () => {
  test('the old name and summary appear in no file, page, export or search record', async () => {
    for (const [file, body] of await readableFiles(rebuilt)) {
      for (const locale of locales) {
        expect(body.includes(edit.before[locale]), `${file} (${locale})`).toBe(false);
        expect(body.includes(edit.summary.before[locale]), `${file} (${locale} summary)`).toBe(false);
      }
    }
  });

  test('the deleted entry has no page, no card, no link, no export row and no search record', async () => {
    for (const file of await filesUnder(rebuilt)) expect(file.includes(edit.deleted.id), file).toBe(false);
    for (const [file, body] of await readableFiles(rebuilt)) {
      expect(body.includes(`/opportunities/${edit.deleted.id}/`), file).toBe(false);
      for (const locale of locales) expect(body.includes(edit.deleted[locale]), `${file} (${locale})`).toBe(false);
    }
    expect((await pagePaths(rebuilt)).some((pagePath) => pagePath.includes(edit.deleted.id))).toBe(false);
  });

  test('the rebuilt folder is the clean build of the edited content, file for file and byte for byte', async () => {
    // Nothing in the output depends on the moment of the build ("today" is pinned for both), so
    // no file is excused: any difference is something a cache or the old folder kept.
    expect(await filesUnder(rebuilt)).toEqual(await filesUnder(clean));
    expect(await differingFiles(rebuilt, clean)).toEqual([]);
  });
});

describe('search after the rebuild', () => {
  async function search(browserPage: Page, url: string, locale: string, query: string): Promise<string[]> {
    await browserPage.goto(`${url}/${locale}/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => browserPage.locator('[data-search-results]').getAttribute('data-count'), { timeout: 15_000 }).not.toBeNull();
    return browserPage.locator('[data-search-results] li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }

  test('finds the entry by its new name, shows the new name, and finds nothing by the old one or the deleted entry', async () => {
    const server = await serveDirectory(rebuilt);
    const browserPage = await browser().newPage();
    try {
      for (const locale of locales) {
        const url = `/${locale}/opportunities/${edit.id}/`;
        expect(await search(browserPage, server.url, locale, edit.after[locale])).toContain(url);
        expect(await browserPage.locator(`[data-search-results] li h2 a[href="${url}"]`).first().textContent()).toContain(edit.after[locale]);
        const deletedUrl = `/${locale}/opportunities/${edit.deleted.id}/`;
        expect(await search(browserPage, server.url, locale, edit.deleted[locale])).not.toContain(deletedUrl);
        // The old name's words may still match other entries; none of them shows the old name.
        await search(browserPage, server.url, locale, edit.before[locale]);
        for (const title of await browserPage.locator('[data-search-results] li h2').allTextContents()) expect(title).not.toContain(edit.before[locale]);
      }
    } finally {
      await browserPage.close();
      await server.close();
    }
  });
});
