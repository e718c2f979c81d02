import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-suite.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const entryPage = '/zh/opportunities/jiutai-biologics-cdmo/';

describe('the hand-on QR code', () => {
  test('shows on a desktop screen beside the end of the page, and in print', async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${siteUrl}${entryPage}`);
    const qr = page.locator('aside.hand-on');
    await expect(qr.isVisible()).resolves.toBe(true);
    const box = (await qr.locator('svg').boundingBox())!;
    // Large enough for a phone camera at arm's length, small enough not to take over the page.
    expect(box.width).toBeGreaterThanOrEqual(96);
    expect(box.width).toBeLessThanOrEqual(160);
    await page.emulateMedia({ media: 'print' });
    await expect(qr.isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('is hidden on a phone, which already has the page', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl}${entryPage}`);
    await expect(page.locator('aside.hand-on').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
