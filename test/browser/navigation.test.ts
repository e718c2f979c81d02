import { expect, inject, test } from 'vitest';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

test('the site root sends readers to the Chinese guide', async () => {
  const page = await browser().newPage();
  await page.goto(`${siteUrl}/`);
  await page.waitForURL(`${siteUrl}/zh/`);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  await page.close();
});

test('a reader can go from the home page to an opportunity and switch it to English', async () => {
  const page = await browser().newPage();
  const problems = watchForProblems(page);
  await page.goto(`${siteUrl}/zh/`);
  // Below 84rem the sections fold into the header's menu, as on a laptop or a phone.
  const sectionLink = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '机遇清单' });
  if (!(await sectionLink.isVisible())) await page.locator('.menu summary').click();
  await sectionLink.click();
  await page.waitForURL(`${siteUrl}/zh/opportunities/`);
  const first = page.locator('[data-filter-item] h2 a').first();
  const href = await first.getAttribute('href');
  await first.click();
  await page.waitForURL(`${siteUrl}${href}`);
  await page.locator('a.language-switch[hreflang="en"]').click();
  await page.waitForURL(`${siteUrl}${href?.replace('/zh/', '/en/')}`);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await page.getByRole('heading', { level: 2, name: 'Key facts' }).count()).toBe(1);
  expect(problems).toEqual([]);
  await page.close();
});

test('everything is reachable by keyboard: the skip link comes first and moves focus to the content', async () => {
  const page = await browser().newPage();
  await page.goto(`${siteUrl}/en/regions/`);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.close();
});

test('an unknown address shows the bilingual not-found page', async () => {
  const page = await browser().newPage();
  const response = await page.goto(`${siteUrl}/en/opportunities/no-such-project/`);
  expect(response?.status()).toBe(404);
  expect(await page.getByRole('heading', { name: 'Page not found' }).count()).toBe(1);
  expect(await page.getByRole('heading', { name: '页面不存在' }).count()).toBe(1);
  await page.close();
});
