import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { toSimplified, traditionalConverter, type TextConverter } from '../../src/lib/chinese-script/convert.ts';
import { simplifiedOnlyCharacters } from '../../src/lib/chinese-script/simplified-only.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import type { ChineseStandard } from '../../src/lib/vocabulary.ts';
import { builtSite, sampleContent } from '../support/paths.ts';
import { fileOfPage, pagePaths, readPage, text } from '../support/site.ts';

let content: AtlasContent;
let pages: string[];
let convert: TextConverter;
let standard: ChineseStandard;

beforeAll(async () => {
  content = await loadContent(sampleContent);
  pages = await pagePaths();
  standard = content.site.data.traditionalChinese.standard;
  convert = traditionalConverter({ standard, overrides: content.zhHantOverrides?.data.terms });
});

/** The text a reader of the page sees in its own language: no scripts or styles, nothing marked as another language. */
function ownText(page: HTMLElement): string {
  const body = page.querySelector('body')!.clone() as HTMLElement;
  for (const element of body.querySelectorAll('script, style, template, [lang]')) element.remove();
  return text(body);
}

const hanRuns = (value: string) => value.match(/\p{Script=Han}+/gu) ?? [];

describe('the Traditional Chinese edition', () => {
  test('every page of the Chinese edition exists under /zh-hant/, feeds included', async () => {
    const chinese = pages.filter((page) => page.startsWith('/zh/'));
    expect(chinese.length).toBeGreaterThan(50);
    for (const page of chinese) expect(existsSync(fileOfPage(page.replace('/zh/', '/zh-hant/'))), page).toBe(true);
    for (const feed of ['opportunities', 'policies', 'articles']) expect(existsSync(path.join(builtSite, 'zh-hant/feeds', `${feed}.xml`)), feed).toBe(true);
    expect(pages.filter((page) => page.startsWith('/zh-hant/'))).toHaveLength(chinese.length);
  });

  test('no page of the edition shows a Simplified-only character', async () => {
    for (const page of pages.filter((path) => path.startsWith('/zh-hant/'))) {
      const document = await readPage(page);
      expect(document.querySelector('html')?.getAttribute('lang'), page).toBe('zh-Hant');
      expect(simplifiedOnlyCharacters(ownText(document), standard), page).toEqual([]);
      expect(simplifiedOnlyCharacters(document.querySelector('title')?.textContent ?? '', standard), page).toEqual([]);
    }
  });

  test("the content's text round-trips through OpenCC's reverse conversion: back to Simplified and again gives the same Traditional", async () => {
    const sample = [
      ...content.regions.map((entry) => `/zh-hant/regions/${entry.id}/`),
      ...content.chains.map((entry) => `/zh-hant/chains/${entry.id}/`),
      ...content.opportunities.slice(0, 10).map((entry) => `/zh-hant/opportunities/${entry.id}/`),
      ...content.articles.map((entry) => `/zh-hant/articles/${entry.id}/`),
    ];
    let checked = 0;
    for (const page of sample) {
      const main = (await readPage(page)).querySelector('main')!;
      const texts = [main.querySelector('h1'), ...main.querySelectorAll('.prose p, .lead, .article-body p')].map(text).filter((value) => value !== '');
      for (const value of texts) {
        for (const run of hanRuns(value)) {
          expect(convert(toSimplified(run, standard)), `${page}: ${run}`).toBe(run);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  test('names and prose are the Chinese content converted, the override dictionary winning over OpenCC', async () => {
    const jiutai = content.regions.find((entry) => entry.data.name.zh.includes('九台'))!;
    const page = await readPage(`/zh-hant/regions/${jiutai.id}/`);
    // OpenCC alone writes 九臺區; the sample's zh-hant-overrides.yaml keeps the district's own 九台區.
    expect(traditionalConverter({ standard: 'tw' })(jiutai.data.name.zh)).toContain('九臺');
    expect(text(page.querySelector('h1'))).toBe(convert(jiutai.data.name.zh));
    expect(text(page.querySelector('h1'))).toContain('九台');
    for (const path of pages.filter((candidate) => candidate.startsWith('/zh-hant/'))) {
      expect(ownText(await readPage(path)), path).not.toContain('九臺');
    }
  });

  test('articles, Markdown and MDX alike, show the converted Chinese body, never marked as pending', async () => {
    for (const article of content.articles) {
      const page = await readPage(`/zh-hant/articles/${article.id}/`);
      const body = page.querySelector('.article-body')!;
      expect(body.getAttribute('lang'), article.id).toBeUndefined();
      expect(body.querySelector('.article-pending'), article.id).toBeNull();
      // The first line of prose: not a heading, a component or an MDX comment.
      const firstParagraph = hanRuns(article.data.body.zh.text.split('\n').find((line) => /^\p{Script=Han}/u.test(line)) ?? '')[0] ?? '';
      expect(firstParagraph, article.id).not.toBe('');
      expect(text(body), article.id).toContain(convert(firstParagraph));
    }
  });

  test('interface strings come from zh-Hant.json, money and dates read as Traditional Chinese', async () => {
    const home = await readPage('/zh-hant/');
    expect(text(home.querySelector('nav.site-nav'))).toContain('首頁');
    const list = ownText(await readPage('/zh-hant/opportunities/'));
    expect(list).toMatch(/億元|萬元/);
    expect(list).not.toMatch(/亿|万元/);
    expect(list).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });

  test('the feeds and the sitemap carry the edition', async () => {
    const feed = await readFile(path.join(builtSite, 'zh-hant/feeds/opportunities.xml'), 'utf8');
    expect(feed).toContain('xml:lang="zh-Hant"');
    expect(simplifiedOnlyCharacters(feed.replace(/<[^>]+>/g, ' '), standard)).toEqual([]);
    const sitemap = await readFile(path.join(builtSite, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/zh-hant/opportunities/');
    expect(sitemap).toContain('hreflang="zh-Hant"');
  });

  test('share cards exist for the edition, and its pages point at them', async () => {
    const opportunity = content.opportunities[0].id;
    expect(existsSync(path.join(builtSite, `share/zh-hant/opportunities/${opportunity}.png`))).toBe(true);
    const page = await readPage(`/zh-hant/opportunities/${opportunity}/`);
    expect(new URL(page.querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname).toBe(`/share/zh-hant/opportunities/${opportunity}.png`);
    expect(page.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toMatch(/^zh_(TW|HK)$/);
  });

  test('the kiosk toggles between all three languages and precaches the Traditional pages for offline use', async () => {
    const kiosk = await readPage('/zh-hant/kiosk/');
    const toggles = kiosk.querySelectorAll('[data-language-switch]').map((link) => link.getAttribute('href'));
    expect(toggles).toEqual(['/zh/kiosk/', '/en/kiosk/']);
    expect((await readPage('/zh/kiosk/')).querySelectorAll('[data-language-switch]').map((link) => link.getAttribute('href'))).toContain('/zh-hant/kiosk/');
    const worker = await readFile(path.join(builtSite, 'kiosk-sw.js'), 'utf8');
    expect(worker).toContain('zh-hant/kiosk/');
  });
});
