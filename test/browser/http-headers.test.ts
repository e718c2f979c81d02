import { createServer } from 'node:http';
import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-suite.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

test('pages arrive with the security headers of _headers, and still work under them', async () => {
  const page = await browser().newPage();
  const response = await page.goto(`${siteUrl}/en/opportunities/`);
  const headers = response?.headers() ?? {};
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(await page.locator('[data-filter-item]').count()).toBeGreaterThan(0);
  await page.close();
});

test('another site cannot show the guide inside a frame', async () => {
  // A page on another origin (another port) that tries to frame the guide.
  const framing = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><title>frame</title><iframe src="${siteUrl}/zh/"></iframe>`);
  });
  await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve));
  const address = framing.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const page = await browser().newPage();
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.waitForLoadState('networkidle');
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  // Chromium replaces a refused frame with its own error page.
  expect(frame?.url()).toMatch(/^chrome-error:/);
  await page.close();
  await new Promise((resolve) => framing.close(resolve));
});
