import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { sampleContent } from '../support/paths.ts';
import { readPage, text } from '../support/site.ts';

const locales = ['zh', 'en'] as const;
let content: AtlasContent;
const article = (id: string) => content.articles.find((entry) => entry.id === id)!;

beforeAll(async () => {
  content = await loadContent(sampleContent);
});

describe('article lists', () => {
  test.each(locales)('%s: the list holds every article, newest first, with filters by kind, region and chain', async (locale) => {
    const page = await readPage(`/${locale}/articles/`);
    const items = page.querySelectorAll('[data-filter-item]');
    expect(items).toHaveLength(content.articles.length);
    const hrefs = items.map((item) => item.querySelector('h2 a')?.getAttribute('href'));
    const newestFirst = [...content.articles].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
    expect(hrefs).toEqual(newestFirst.map((entry) => `/${locale}/articles/${entry.id}/`));
    const facets = page.querySelectorAll('form.filter-form fieldset, form.filter-form [data-facet]').length;
    expect(facets).toBeGreaterThan(0);
    for (const name of ['kind', 'region', 'chain']) expect(page.querySelector(`form.filter-form [name="${name}"]`), name).not.toBeNull();
    // The story of Truking Huatong can be filtered by its development zone and by the district around it.
    const truking = items.find((item) => item.querySelector('h2 a')?.getAttribute('href')?.includes('truking-huatong-jiutai'))!;
    expect(truking.getAttribute('data-facet-region')).toContain('jiutai-devzone');
    expect(truking.getAttribute('data-facet-region')).toContain('jiutai');
    expect(truking.getAttribute('data-facet-kind')).toBe('story');
  });

  test.each(locales)('%s: each kind has its own list, linked from the others, holding only that kind', async (locale) => {
    for (const [segment, kind] of [['news', 'news'], ['stories', 'story'], ['guides', 'guide']] as const) {
      const page = await readPage(`/${locale}/articles/${segment}/`);
      const hrefs = page.querySelectorAll('[data-filter-item] h2 a').map((link) => link.getAttribute('href'));
      const expected = content.articles.filter((entry) => entry.data.kind === kind).map((entry) => `/${locale}/articles/${entry.id}/`);
      expect(new Set(hrefs)).toEqual(new Set(expected));
      expect(page.querySelector(`nav.kind-links a[aria-current="page"]`)?.getAttribute('href')).toBe(`/${locale}/articles/${segment}/`);
      // A list of one kind does not offer the kind filter.
      expect(page.querySelector('form.filter-form [name="kind"]')).toBeNull();
    }
  });

  test.each(locales)('%s: the main navigation leads to the articles', async (locale) => {
    const home = await readPage(`/${locale}/`);
    expect(home.querySelector(`header nav a[href="/${locale}/articles/"]`)).not.toBeNull();
    const list = await readPage(`/${locale}/articles/`);
    expect(list.querySelector(`header nav a[href="/${locale}/articles/"]`)?.getAttribute('aria-current')).toBe('page');
  });
});

describe('article pages', () => {
  test.each(locales)('%s: a Markdown article shows its kind, date, headline, summary, body and what it is about', async (locale) => {
    const entry = article('truking-huatong-jiutai');
    const page = await readPage(`/${locale}/articles/${entry.id}/`);
    expect(text(page.querySelector('h1'))).toBe(entry.data.title[locale]);
    expect(text(page.querySelector('.article-kind'))).toBe(locale === 'zh' ? '投资案例' : 'Investor story');
    expect(text(page.querySelector('.article-header .lead'))).toBe(entry.data.summary[locale]);
    const body = page.querySelector('.article-body')!;
    expect(body.querySelectorAll('h2').length).toBeGreaterThanOrEqual(3);
    expect(text(body)).toContain(locale === 'zh' ? '15亿元' : 'CNY 1.5 billion');
    expect(page.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
    expect(page.querySelector('[data-pagefind-meta="type"]')?.textContent).toBe('article');
    const about = page.querySelectorAll('.article-about a').map((link) => link.getAttribute('href'));
    expect(about).toContain(`/${locale}/regions/jiutai-devzone/`);
    expect(about).toContain(`/${locale}/chains/biomedicine/`);
    expect(about).toContain(`/${locale}/policies/jilin-biomedicine-support/`);
  });

  test.each(locales)('%s: an MDX article renders the guide components it names', async (locale) => {
    const page = await readPage(`/${locale}/articles/why-biomedicine-jiutai/`);
    const body = page.querySelector('.article-body')!;
    expect(body.querySelectorAll('.figures .figure')).toHaveLength(4);
    expect(body.querySelector('svg')).not.toBeNull();
    expect(body.querySelector(`a[href="/${locale}/chains/biomedicine/"]`)).not.toBeNull();
    const projects = body.querySelectorAll('.card.opportunity');
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.length).toBeLessThanOrEqual(4);
    expect(body.querySelector(`.card.policy a[href="/${locale}/policies/jilin-biomedicine-support/"]`)).not.toBeNull();
    expect(body.querySelector('.mini-map')).not.toBeNull();
    // The editors' comment renders nothing.
    expect(text(body)).not.toContain(locale === 'zh' ? '本文使用指南组件' : "This article uses the guide's components");
  });

  test('an article without its English file shows the Chinese on the English page, marked as pending', async () => {
    const entry = content.articles.find((candidate) => candidate.data.body.en === undefined)!;
    expect(entry).toBeDefined();
    const page = await readPage(`/en/articles/${entry.id}/`);
    expect(page.querySelector('h1 .pending-note')).not.toBeNull();
    expect(page.querySelector('h1 [lang="zh-CN"]')?.textContent).toBe(entry.data.title.zh);
    const body = page.querySelector('.article-body')!;
    expect(body.getAttribute('lang')).toBe('zh-CN');
    expect(text(body.querySelector('.article-pending'))).toContain('has not been translated yet');
    expect(text(body)).toContain(entry.data.body.zh.text.split('\n').find((line) => line.trim().length > 20)!.replace(/\*\*/g, '').slice(0, 12));
  });
});

describe('related articles', () => {
  test.each(locales)('%s: region, chain and opportunity pages list the articles that name them (or a place within)', async (locale) => {
    const cases = [
      { page: `/${locale}/regions/jiutai/`, includes: ['truking-huatong-jiutai', 'jiutai-first-half-2024', 'why-biomedicine-jiutai'] },
      { page: `/${locale}/regions/changchun/`, includes: ['truking-huatong-jiutai'] },
      { page: `/${locale}/chains/nickel-cobalt-materials/`, includes: ['why-nickel-cobalt-jinchang'] },
      { page: `/${locale}/opportunities/meishan-mengniu-ice-cream-base/`, includes: ['mengniu-meishan-reinvestment'] },
    ];
    for (const { page, includes } of cases) {
      const related = (await readPage(page)).querySelectorAll('[aria-labelledby="related-articles-heading"] .article-card a').map((link) => link.getAttribute('href'));
      for (const id of includes) expect(related, page).toContain(`/${locale}/articles/${id}/`);
    }
    const none = await readPage(`/${locale}/policies/national-western-development-cit/`);
    expect(none.querySelector('#related-articles-heading')).toBeNull();
  });
});

describe('articles elsewhere in the guide', () => {
  test.each(locales)('%s: the kiosk loop shows the investor stories, each with a detail page', async (locale) => {
    const loop = await readPage(`/${locale}/kiosk/`);
    const stories = content.articles.filter((entry) => entry.data.kind === 'story');
    for (const story of stories) {
      const slide = loop.querySelector(`[data-slide][data-href="/${locale}/kiosk/articles/${story.id}/"]`);
      expect(slide, story.id).not.toBeNull();
      const detail = await readPage(`/${locale}/kiosk/articles/${story.id}/`);
      expect(text(detail.querySelector('h1'))).toBe(story.data.title[locale]);
      expect(detail.querySelectorAll('.kiosk-text').length).toBeGreaterThan(2);
    }
  });
});
