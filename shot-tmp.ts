import { serveDirectory } from './test/support/static-server.ts';
import { launchBrowser } from './test/support/browser.ts';
const server = await serveDirectory('/tmp/sc/dist');
const browser = await launchBrowser();
const shots = (process.argv[2] ?? '/zh/opportunities/jiutai-biologics-cdmo/,/en/chains/advanced-equipment/').split(',');
for (const width of [1440, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of shots) {
    await page.goto(server.url + p);
    const name = `/tmp/sc/shot-${width}-${p.replace(/\//g, '_')}.png`;
    await page.screenshot({ path: name, fullPage: true });
    const box = await page.locator('.hand-on').boundingBox();
    console.log(name, 'qr box', JSON.stringify(box));
    if (width === 1440) { await page.emulateMedia({ media: 'print' }); await page.pdf?.({ path: name.replace('.png', '.pdf') }); await page.screenshot({ path: name.replace('.png', '-print.png'), fullPage: false }); await page.emulateMedia({ media: 'screen' }); }
  }
}
await browser.close(); await server.close();
