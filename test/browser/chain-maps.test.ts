import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { watchForProblems } from '../support/browser.ts';
import { useBrowser } from '../support/browser-suite.ts';
import { sampleContent } from '../support/paths.ts';

const siteUrl = inject('siteUrl');
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

  test('every chain page prints on a single landscape sheet', async () => {
    const page = await browser().newPage();
    for (const chain of content.chains) {
      for (const locale of ['zh', 'en']) {
        await page.goto(`${siteUrl}/${locale}/chains/${chain.id}/`);
        const pdf = await page.pdf({ preferCSSPageSize: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
        expect(pages, `${locale}/${chain.id}`).toHaveLength(1);
        // A4 landscape: the media box is wider than tall.
        const [, , width, height] = (/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(pdf.toString('latin1')) ?? []).slice(1).map(Number);
        expect(width).toBeGreaterThan(height);
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
