import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { sampleContent } from '../support/paths.ts';
import { readPdf } from '../support/pdf.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };

const siteUrl = inject('siteUrl');
const structure = { zh: zh['chain.structure'], en: en['chain.structure'] } as Record<string, string>;
const browser = useBrowser();
let content: AtlasContent;

beforeAll(async () => {
  content = await loadContent(sampleContent);
});

describe('chain maps in a real browser', () => {
  test('every name fits inside its box, in both languages, as Chromium draws it', async () => {
    const page = await browser().newPage();
    const problems = watchForProblems(page);
    const overflows: string[] = [];
    for (const chain of content.chains) {
      for (const locale of ['zh', 'en']) {
        await page.goto(`${siteUrl}/${locale}/chains/${chain.id}/`);
        overflows.push(
          ...(await page.evaluate(() =>
            [...document.querySelectorAll('figure.chain-map-full a.node')].flatMap((node) => {
              const box = node.querySelector('rect.box')!;
              const right = Number(box.getAttribute('x')) + Number(box.getAttribute('width'));
              return [...node.querySelectorAll('text.name tspan, text.meta')].flatMap((text) => {
                const element = text as SVGTextContentElement;
                const end = Number(element.getAttribute('x')) + element.getComputedTextLength();
                return end > right - 4 ? [`${location.pathname} ${node.getAttribute('href')}: "${text.textContent}" ends at ${end.toFixed(0)} > ${right - 4}`] : [];
              });
            }),
          )),
        );
      }
    }
    expect(overflows).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('every chain page prints its whole map on a landscape first sheet, the rest on portrait sheets', async () => {
    const page = await browser().newPage();
    for (const chain of content.chains) {
      for (const locale of ['zh', 'en']) {
        await page.goto(`${siteUrl}/${locale}/chains/${chain.id}/`);
        await page.emulateMedia({ media: 'print' });
        const sheets = await readPdf(await page.pdf({ preferCSSPageSize: true }));
        expect(sheets[0].width, `${locale}/${chain.id}`).toBeGreaterThan(sheets[0].height);
        for (const sheet of sheets.slice(1)) expect(sheet.height, `${locale}/${chain.id}`).toBeGreaterThan(sheet.width);
        // The first sheet is the map; the chain's structure in words starts on a later one.
        const firstSheet = sheets[0].lines.map((line) => line.text).join(' ');
        expect(sheets.slice(1).some((sheet) => sheet.lines.some((line) => line.text.includes(structure[locale]))), `${locale}/${chain.id}`).toBe(true);
        expect(firstSheet.includes(structure[locale]), `${locale}/${chain.id}`).toBe(false);
        await page.emulateMedia({ media: 'screen' });
      }
    }
    await page.close();
  });

  test('node links are reachable by keyboard and open the node\'s details', async () => {
    const chain = content.chains[0];
    const gap = chain.data.stages.flatMap((stage) => stage.nodes).find((node) => node.status === 'gap')!;
    const page = await browser().newPage();
    await page.goto(`${siteUrl}/en/chains/${chain.id}/`);
    let focused = '';
    for (let presses = 0; presses < 80 && focused !== `#node-${gap.id}`; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    }
    expect(focused).toBe(`#node-${gap.id}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/chains/${chain.id}/#node-${gap.id}`);
    expect(await page.locator(`#node-${gap.id}`).isVisible()).toBe(true);
    await page.close();
  });
});
