/**
 * Every page type on a phone (390×844) and a desktop (1440×900), in both languages: nothing
 * scrolls sideways, the header is one row, the chain map is readable on the phone, axe is clean.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { locales, samplePageTypes } from '../support/page-types.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
let pageTypes: string[] = [];

beforeAll(async () => {
  pageTypes = [...(await samplePageTypes()), 'regions/jiutai/'];
});

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function open(page: Page, url: string) {
  await page.goto(url);
  if (url.includes('search/?q=')) await page.locator('[data-search-results] li').first().waitFor();
}

/** How far the page can scroll sideways, in px (0 when it fits). */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Why the site header is not one row, or '' when it is: every visible item must share a
 * horizontal band with every other, and none may stick out of the header.
 */
function headerProblems(page: Page): Promise<string> {
  return page.evaluate(() => {
    const inner = document.querySelector('.site-header .header-inner');
    if (!inner) return '';
    const items = [...inner.children].filter((child) => child.checkVisibility() && getComputedStyle(child).position !== 'absolute');
    const boxes = items.map((item) => ({ name: item.className || item.tagName, box: item.getBoundingClientRect() }));
    const problems: string[] = [];
    const top = Math.max(...boxes.map(({ box }) => box.top));
    const bottom = Math.min(...boxes.map(({ box }) => box.bottom));
    if (top >= bottom) problems.push(`items on more than one row: ${boxes.map(({ name, box }) => `${name} ${Math.round(box.top)}–${Math.round(box.bottom)}`).join(', ')}`);
    const frame = inner.getBoundingClientRect();
    for (const { name, box } of boxes) if (box.right > frame.right + 1 || box.left < frame.left - 1) problems.push(`${name} sticks out of the header`);
    // Lines inside one item (navigation, search) must not wrap either; the guide's name may.
    for (const list of inner.querySelectorAll('.site-nav ul, .header-search')) {
      if (!list.checkVisibility()) continue;
      const tops = new Set([...list.children].filter((child) => child.checkVisibility()).map((child) => Math.round(child.getBoundingClientRect().top)));
      if (tops.size > 1) problems.push(`${list.className || list.tagName} wraps`);
    }
    return problems.join('; ');
  });
}

/** The placeholder of the header's search box, when cut off: '' when it fits or the box is folded away. */
function cutPlaceholder(page: Page): Promise<string> {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('.site-header input[type="search"]');
    if (!input?.checkVisibility()) return '';
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const needed = context.measureText(input.placeholder).width;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return needed > room ? `"${input.placeholder}" needs ${needed.toFixed(0)} px, has ${room.toFixed(0)}` : '';
  });
}

/** The size at which each visible text of the chain maps is drawn, in CSS px (SVG text scaled by its drawing). */
function chainMapTextSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.evaluate(() => {
    const sizes: { text: string; px: number }[] = [];
    for (const figure of document.querySelectorAll('figure.chain-map')) {
      const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || node.textContent?.trim() === '' || !element.checkVisibility() || element.closest('title, desc')) continue;
        let px = parseFloat(getComputedStyle(element).fontSize);
        if (SVGGraphicsElement.prototype.isPrototypeOf(element)) px *= (element as unknown as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
        sizes.push({ text: node.textContent!.trim(), px });
      }
    }
    return sizes;
  });
}

describe('every page type fits a phone and a desktop, in both languages', () => {
  for (const viewport of viewports) {
    for (const locale of locales) {
      test(`${viewport.name} ${viewport.width}×${viewport.height}, ${locale}`, { timeout: 600_000 }, async () => {
        const context = await browser().newContext({ viewport: { width: viewport.width, height: viewport.height } });
        const page = await context.newPage();
        const problems = watchForProblems(page);
        const found: string[] = [];
        for (const path of pageTypes) {
          await open(page, `${siteUrl}/${locale}/${path}`);
          const where = `${locale}/${path}`;
          const scroll = await sidewaysScroll(page);
          if (scroll > 0) found.push(`${where}: scrolls ${scroll} px sideways`);
          const header = await headerProblems(page);
          if (header) found.push(`${where}: ${header}`);
          const placeholder = await cutPlaceholder(page);
          if (placeholder) found.push(`${where}: search placeholder cut: ${placeholder}`);
          if (viewport.name === 'phone') {
            for (const { text, px } of await chainMapTextSizes(page)) if (px < 12) found.push(`${where}: chain map text "${text}" drawn at ${px.toFixed(1)} px`);
          }
          const results = await new AxeBuilder({ page }).withTags(wcag).disableRules(['target-size']).analyze();
          // Map markers may crowd each other when zoomed out; each has a full-size link in the list beside the map.
          const targets = await new AxeBuilder({ page }).withRules(['target-size']).exclude('.leaflet-marker-pane').analyze();
          for (const violation of [...results.violations, ...targets.violations]) {
            found.push(`${where}: axe ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`);
          }
        }
        expect(found).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  test('the not-found page too', async () => {
    for (const viewport of viewports) {
      const context = await browser().newContext({ viewport: { width: viewport.width, height: viewport.height } });
      const page = await context.newPage();
      await page.goto(`${siteUrl}/zh/no-such-page/`);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await headerProblems(page)).toBe('');
      const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(results.violations.map((violation) => `${violation.id} ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await context.close();
    }
  });
});

describe('the header stays one row from 320 to 1440 px', () => {
  test.each([320, 360, 414, 600, 768, 1024, 1180, 1280, 1366, 1440])('at %i px, both languages', async (width) => {
    const context = await browser().newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const locale of locales) {
      for (const path of ['', 'chains/biomedicine/', 'opportunities/']) {
        await page.goto(`${siteUrl}/${locale}/${path}`);
        expect(await headerProblems(page), `${locale}/${path}`).toBe('');
        expect(await cutPlaceholder(page), `${locale}/${path}`).toBe('');
        expect(await sidewaysScroll(page), `${locale}/${path}`).toBe(0);
        // The header stays compact: one row, at most three lines of the guide's name.
        const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
        expect(height, `${locale}/${path}`).toBeLessThanOrEqual(80);
      }
    }
    await context.close();
  });
});

describe('on a phone', () => {
  test('the menu opens by keyboard, without script, and leads to every section', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/en/regions/`);
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await navigation.isVisible()).toBe(false);
    const menu = page.locator('.site-header summary');
    expect(await menu.getAttribute('aria-expanded')).toBe(null);
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await navigation.isVisible()).toBe(true);
    const links = navigation.getByRole('link');
    // Seven sections, and on a phone the languages the header's own switch does not offer.
    expect(await navigation.locator('li:not(.menu-language) a').count()).toBe(7);
    expect(await navigation.locator('li.menu-language a[hreflang]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
    // The open menu lies over the page, inside the screen.
    const box = await navigation.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await links.filter({ hasText: 'Industry chains' }).click();
    await page.waitForURL(`${siteUrl}/en/chains/`);
    await context.close();
  });

  test('search is one tap away', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/zh/chains/biomedicine/`);
    await page.getByRole('link', { name: '搜索' }).tap();
    await page.waitForURL(`${siteUrl}/zh/search/`);
    expect(await page.getByRole('searchbox').first().isVisible()).toBe(true);
    await context.close();
  });

  test('a chain map is stage by stage, every node a card with its status, counts and link', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/en/chains/biomedicine/`);
    expect(await page.locator('figure.chain-map svg[role="group"]').isVisible()).toBe(false);
    const cards = page.locator('figure.chain-map .chain-narrow a');
    const svgLinks = await page.locator('figure.chain-map svg a.node').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(await cards.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(svgLinks);
    const first = cards.first();
    expect(await first.isVisible()).toBe(true);
    expect(await first.textContent()).toMatch(/(Strong|Present|Weak|Gap) · \d+ firms? · \d+ projects?/);
    expect(await page.locator('figure.chain-map .chain-narrow a', { hasText: 'chain leader' }).count()).toBeGreaterThan(0);
    // Stages run top to bottom: each stage starts below the one before it.
    const stageTops = await page.locator('.narrow-stage').evaluateAll((stages) => stages.map((stage) => stage.getBoundingClientRect().top));
    expect(stageTops.length).toBeGreaterThan(1);
    expect([...stageTops].sort((a, b) => a - b)).toEqual(stageTops);
    // A card opens the node's details further down the page.
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(`**/en/chains/biomedicine/${href}`);
    expect(await page.locator(href!).isVisible()).toBe(true);
    await context.close();
  });

  test('the small map of an opportunity shows its cards, its own node marked', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/zh/opportunities/jiutai-biologics-cdmo/`);
    expect(await page.locator('figure.chain-map-small .canvas').isVisible()).toBe(false);
    const marked = page.locator('figure.chain-map-small .chain-narrow .narrow-highlighted');
    expect(await marked.count()).toBe(1);
    expect(await marked.isVisible()).toBe(true);
    await context.close();
  });

  test('on a desktop the SVG is the map and the small map\'s text version stays folded', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}/zh/opportunities/jiutai-biologics-cdmo/`);
    expect(await page.locator('figure.chain-map-small .canvas svg').isVisible()).toBe(true);
    expect(await page.locator('figure.chain-map-small .chain-narrow').isVisible()).toBe(false);
    await page.locator('figure.chain-map-small summary').click();
    expect(await page.locator('figure.chain-map-small .chain-narrow').isVisible()).toBe(true);
    await page.goto(`${siteUrl}/en/chains/biomedicine/`);
    expect(await page.locator('figure.chain-map .chain-narrow').isVisible()).toBe(false);
    await context.close();
  });
});

/** Defines `lineBreaks(element)` in the page: where its text wraps, as the characters either side of each break. */
function defineLineBreaks() {
  (window as unknown as { lineBreaks: (element: Element) => string[] }).lineBreaks = (element: Element) => {
    const range = document.createRange();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const breaks: string[] = [];
    let lastTop = -1;
    let previous = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let index = 0; index < text.length; index++) {
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        if (lastTop >= 0 && top > lastTop + 2) breaks.push(previous + text[index]);
        lastTop = Math.max(lastTop, top);
        previous = text[index];
      }
    }
    return breaks;
  };
}

describe('text that must not break', () => {
  test('document numbers never break before 号 and e-mail addresses break only between their parts', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 800 } });
    await context.addInitScript(defineLineBreaks);
    const page = await context.newPage();
    await page.goto(`${siteUrl}/zh/policies/`);
    const numbers = await page.locator('.document-number').evaluateAll((spans) => spans.map((span) => (window as unknown as { lineBreaks: (element: Element) => string[] }).lineBreaks(span)));
    expect(numbers.length).toBeGreaterThan(0);
    // Each break is the character before it and the one after it: 7 / 号 would be "7号".
    for (const breaks of numbers) for (const pair of breaks) expect(pair).not.toMatch(/号$|\d\d$/);
    const addresses = await page.locator('.site-footer a[href^="mailto:"]').evaluateAll((links) => links.map((link) => (window as unknown as { lineBreaks: (element: Element) => string[] }).lineBreaks(link)));
    // An address breaks before an @ or a dot (or after a hyphen), never inside a word.
    for (const breaks of addresses) for (const pair of breaks) expect(pair).toMatch(/^(-.|.[@.])$/);
    await context.close();
  });

  test('card titles in lists are card headings, not section headings', async () => {
    const page = await browser().newPage();
    for (const path of ['/en/opportunities/', '/zh/policies/', '/en/chains/']) {
      await page.goto(`${siteUrl}${path}`);
      const style = await page.locator('.card :is(h2, h3)').first().evaluate((heading) => {
        const computed = getComputedStyle(heading);
        return { marginTop: parseFloat(computed.marginTop), border: parseFloat(computed.borderBottomWidth) };
      });
      expect(style, path).toEqual({ marginTop: 0, border: 0 });
    }
    await page.close();
  });
});
