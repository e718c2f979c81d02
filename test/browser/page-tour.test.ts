import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { locales, samplePageTypes } from '../support/page-types.ts';
import { pagePaths } from '../support/site.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
// One test per page: a slow machine gives each page its own time, and a failure names the page.
const pageTypes = await samplePageTypes();


/** Collects every request a page makes to a host other than the guide's own. */
function watchForeignRequests(page: Page): string[] {
  const origin = new URL(siteUrl).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

// The sample guide uses no tile provider, so every single request must stay on the guide's host.
describe('every page type opens cleanly in both languages and asks nothing of another host', () => {
  describe.each(locales)('%s pages', (locale) => {
    test.each(pageTypes)('%s', async (path) => {
      const page = await browser().newPage();
      const problems = watchForProblems(page);
      const foreign = watchForeignRequests(page);
      const response = await page.goto(`${siteUrl}/${locale}/${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('html').getAttribute('lang'), path).toBe(locale === 'zh' ? 'zh-CN' : 'en');
      expect(await page.locator('h1').count(), path).toBe(1);
      // Scrolling to the end wakes whatever loads lazily (small maps), so its requests count too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(problems, path).toEqual([]);
      expect(foreign, path).toEqual([]);
      await page.close();
    });
  });
});

test('every page of the guide loads without an error or a failed request', async () => {
  const page = await browser().newPage();
  const problems = watchForProblems(page);
  const foreign = watchForeignRequests(page);
  // The root only forwards to /zh/ (see navigation.test.ts); its forwarding would race the next visit.
  const paths = (await pagePaths()).filter((path) => path !== '/404.html' && path !== '/');
  for (const path of paths) {
    const response = await page.goto(`${siteUrl}${path}`);
    expect(response?.status(), path).toBe(200);
  }
  expect(problems).toEqual([]);
  expect(foreign).toEqual([]);
  await page.close();
  // Every built page, one after another: several minutes on a busy machine.
}, 480_000);
