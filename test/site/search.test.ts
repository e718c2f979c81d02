import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { builtSite, sampleContent } from '../support/paths.ts';
import { pagePaths, readPage } from '../support/site.ts';

let pages: string[];
let entryCount: number;
beforeAll(async () => {
  pages = (await pagePaths()).filter((page) => page !== '/404.html' && page !== '/');
  const content = await loadContent(sampleContent);
  entryCount = content.regions.length + content.chains.length + content.opportunities.length + content.policies.length + content.articles.length;
});

// Article lists per kind (articles/news/ …) are lists, not entries.
const isEntryPage = (page: string) =>
  /^\/(zh-hant|zh|en)\/(regions|chains|opportunities|policies|articles)\/[^/]+\/$/.test(page) && !/\/articles\/(news|stories|guides)\/$/.test(page);

describe('the search index', () => {
  test('the build writes one index per language, holding every entry page and nothing else', async () => {
    const entry = JSON.parse(await readFile(path.join(builtSite, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn', 'zh-hant']);
    expect(entry.languages['zh-cn'].page_count).toBe(entryCount);
    expect(entry.languages['zh-hant'].page_count).toBe(entryCount);
    expect(entry.languages.en.page_count).toBe(entryCount);
  });

  test('only the main content of region, chain, opportunity and policy pages is marked for indexing', async () => {
    for (const page of pages) {
      const bodies = (await readPage(page)).querySelectorAll('[data-pagefind-body]');
      if (isEntryPage(page)) {
        expect(bodies.map((body) => body.tagName), page).toEqual(['MAIN']);
      } else {
        expect(bodies, page).toHaveLength(0);
      }
    }
  });

  test('each entry page gives its type, a date to sort by, and an investment to sort by when it has one', async () => {
    for (const page of pages.filter(isEntryPage)) {
      const document = await readPage(page);
      expect(document.querySelector('[data-pagefind-meta="type"]')?.textContent, page).toMatch(/^(region|chain|opportunity|policy|article)$/);
      expect(document.querySelector('[data-pagefind-sort="date"]')?.textContent, page).toMatch(/^\d{8}$/);
      const investment = document.querySelector('[data-pagefind-sort="investment"]')?.textContent;
      // A negotiable investment sorts as 0, last, rather than dropping out of sorted results.
      if (page.includes('/opportunities/jiutai-urban-delivery-hub/')) expect(investment, page).toBe('0');
      else if (page.includes('/opportunities/')) expect(Number(investment), page).toBeGreaterThan(0);
      else expect(investment, page).toBeUndefined();
    }
  });
});

describe('the search box and the search page', () => {
  test('every page has a search box that works without JavaScript: a form that opens the search page', async () => {
    // The expo kiosk has no site navigation at all: a visitor at the booth cannot leave it.
    for (const page of pages.filter((path) => !path.includes('/kiosk/'))) {
      const locale = page.split('/')[1];
      const form = (await readPage(page)).querySelector('header form[role="search"]');
      expect(form?.getAttribute('action'), page).toBe(`/${locale}/search/`);
      expect(form?.getAttribute('method'), page).toBe('get');
      expect(form?.querySelector('input[name="q"]'), page).not.toBeNull();
    }
  });

  test('only the search page lets WebAssembly run, and only it loads search code', async () => {
    for (const page of pages) {
      const document = await readPage(page);
      const policy = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const isSearch = /^\/(zh-hant|zh|en)\/search\/$/.test(page);
      expect(policy.includes("'wasm-unsafe-eval'"), page).toBe(isSearch);
      if (!isSearch) expect(document.querySelector('atlas-search'), page).toBeNull();
    }
  });

  test('without JavaScript the search page says so and still offers chains and regions to browse', async () => {
    for (const locale of ['zh', 'en']) {
      const document = await readPage(`/${locale}/search/`);
      expect(document.querySelector('noscript')?.textContent).toContain(locale === 'zh' ? 'JavaScript' : 'Search needs JavaScript');
      const links = document.querySelectorAll('[data-search-browse] a').map((link) => link.getAttribute('href'));
      expect(links).toContain(`/${locale}/chains/biomedicine/`);
      expect(links).toContain(`/${locale}/regions/changchun/`);
    }
  });
});
