import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [, , url, name, width, ...offsets] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } });
await page.goto('http://localhost:4412' + url, { waitUntil: 'networkidle' });
for (const offset of offsets) {
  await page.evaluate((y) => window.scrollTo(0, y), Number(offset));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/tc-shots/${name}-${width}-${offset}.png` });
}
await browser.close();
