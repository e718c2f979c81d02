import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { kioskSlides } from '../../src/lib/kiosk/slides.ts';
import { hasKioskPage } from '../../src/lib/kiosk/urls.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { builtSite, sampleContent, testToday } from '../support/paths.ts';
import { fileOfPage, pagePaths, readPage, text } from '../support/site.ts';

const languages = [
  { locale: 'zh', tag: 'zh-CN' },
  { locale: 'en', tag: 'en' },
  { locale: 'zh-hant', tag: 'zh-Hant' },
] as const;
const prefix = /^\/(zh-hant|zh|en)\//;
const tagOf = (page: string) => languages.find(({ locale }) => page.startsWith(`/${locale}/`))!.tag;
const sections = ['regions', 'chains', 'opportunities', 'policies'] as const;

let content: AtlasContent;
let pages: string[];

beforeAll(async () => {
  content = await loadContent(sampleContent);
  pages = await pagePaths();
});

describe('every entry becomes a page in every language', () => {
  test.each(sections)('%s', (section) => {
    for (const entry of content[section]) {
      for (const { locale } of languages) {
        expect(existsSync(fileOfPage(`/${locale}/${section}/${entry.id}/`)), `${locale}/${section}/${entry.id}`).toBe(true);
      }
    }
  });

  test('the guide has a home and an index per section in every language, and nothing unexpected', () => {
    const entryCount = sections.reduce((total, section) => total + content[section].length, 0);
    const atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
    const kioskDetails = kioskSlides(atlas, atlas.site.kiosk).filter(hasKioskPage).length;
    // per language: home + map + data + search + statistics + cost comparison + 4 indexes + one page
    // per entry + the kiosk loop and its details + the article list, its three kind lists and one
    // page per article; plus the root and the 404 page
    const articlePages = 1 + 3 + content.articles.length;
    expect(pages).toHaveLength(languages.length * (6 + sections.length + entryCount + 1 + kioskDetails + articlePages) + 2);
    for (const { locale } of languages) {
      expect(pages).toContain(`/${locale}/`);
      for (const section of sections) expect(pages).toContain(`/${locale}/${section}/`);
      expect(pages).toContain(`/${locale}/compare/`);
    }
  });
});

describe('language and alternates', () => {
  const localized = () => pages.filter((page) => prefix.test(page));

  test('<html lang> matches the language of the page', async () => {
    for (const page of localized()) {
      expect((await readPage(page)).querySelector('html')?.getAttribute('lang'), page).toBe(tagOf(page));
    }
  });

  test('each page links to itself in every language with hreflang (zh-Hant included), plus x-default', async () => {
    // Expo kiosk pages are kept out of search engines altogether, so they name no alternates.
    for (const page of localized().filter((path) => !path.includes('/kiosk/'))) {
      const rest = page.replace(prefix, '');
      const links = (await readPage(page)).querySelectorAll('link[rel="alternate"][hreflang]');
      const byLang = Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]));
      expect(byLang, page).toEqual({ 'zh-CN': `/zh/${rest}`, en: `/en/${rest}`, 'zh-Hant': `/zh-hant/${rest}`, 'x-default': `/zh/${rest}` });
    }
  });

  test('expo kiosk pages ask search engines not to index them', async () => {
    const kiosk = localized().filter((path) => path.includes('/kiosk/'));
    expect(kiosk.length).toBeGreaterThan(0);
    for (const page of kiosk) {
      expect((await readPage(page)).querySelector('meta[name="robots"]')?.getAttribute('content'), page).toBe('noindex');
    }
  });

  test('the language switch offers every other language and keeps the reader on the same entry', async () => {
    for (const page of localized()) {
      const rest = page.replace(prefix, '');
      const own = tagOf(page);
      const others = languages.filter(({ tag }) => tag !== own);
      const links = (await readPage(page)).querySelectorAll('a.language-switch');
      expect(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]), page).toEqual(others.map(({ locale, tag }) => [tag, `/${locale}/${rest}`]));
    }
  });

  test('every page has a title and exactly one non-empty h1', async () => {
    for (const page of localized()) {
      const document = await readPage(page);
      expect(text(document.querySelector('title')), page).not.toBe('');
      const headings = document.querySelectorAll('h1');
      expect(headings, page).toHaveLength(1);
      expect(text(headings[0]), page).not.toBe('');
    }
  });
});

test('the built site is where the tests expect it', () => {
  expect(existsSync(builtSite)).toBe(true);
});
