/**
 * `npm run brochure` on the sample guide: a build with the brochure pages, printed by Chromium.
 * The PDFs are read back as a reader's PDF viewer would: text, page size, bookmarks, fonts, and
 * the QR codes drawn on the page.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import jsQR from 'jsqr';
import { beforeAll, describe, expect, test } from 'vitest';
import { readOutline } from '../../src/cli/pdf-outline.ts';
import { printBrochures, type PrintedBrochure } from '../../src/cli/print-brochures.ts';
import { brochureList } from '../../src/lib/brochure/plan.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { locales } from '../../src/lib/vocabulary.ts';
import { buildGuide } from '../support/build.ts';
import { embeddedFontCount, isA4, readPdf, renderPdfPage, type PdfPage } from '../support/pdf.ts';
import { sampleContent, testOutput } from '../support/paths.ts';
import { readPage } from '../support/site.ts';

const outDir = path.join(testOutput, 'brochure');
let content: AtlasContent;
let printed: PrintedBrochure[];

beforeAll(async () => {
  content = await loadContent(sampleContent);
  await rm(outDir, { recursive: true, force: true });
  const build = await buildGuide({ content: sampleContent, outDir, env: { ATLAS_BROCHURES: '1' } });
  if (build.code !== 0) throw new Error(`building the guide with its brochures failed:\n${build.output}`);
  printed = await printBrochures(outDir);
}, 1_200_000);

const pdfBytes = async (file: string) => new Uint8Array(await readFile(path.join(outDir, file)));
// PDF text comes in runs that a viewer joins with spaces: compare without them.
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** A page's text, line by line from the top, as a reader's viewer would copy it. */
const pageTexts = async (bytes: Uint8Array) => (await readPdf(bytes)).map((page: PdfPage) => ({ ...page, text: page.lines.map((line) => line.text).join('\n') }));

describe('npm run brochure', () => {
  test('prints one brochure per region, per chain and for the whole guide, in each language', () => {
    const expected = brochureList({ regions: content.regions, chains: content.chains }, locales).map((brochure) => brochure.file.slice(1));
    expect(printed.map((brochure) => brochure.file).sort()).toEqual(expected.sort());
    for (const brochure of printed) expect(brochure.pages, brochure.file).toBeGreaterThanOrEqual(4);
  });

  test('each PDF is A4, with real text in embedded fonts and bookmarks for its sections', async () => {
    for (const file of ['brochures/zh/guide.pdf', 'brochures/en/chains/biomedicine.pdf', 'brochures/en/regions/ganzi.pdf']) {
      const bytes = await pdfBytes(file);
      const pages = await pageTexts(bytes);
      expect(pages.every(isA4), file).toBe(true);
      expect(pages[0].text.length, file).toBeGreaterThan(20);
      expect(await embeddedFontCount(bytes), file).toBeGreaterThan(0);
      const { outline } = await readOutline(bytes);
      expect(outline.flatMap((item) => item.items).length, file).toBeGreaterThan(3);
    }
  });

  test('a region brochure: its cover, contents whose page numbers are right, and a project page with its contact and a QR that opens it', async () => {
    const region = content.regions.find((entry) => entry.id === 'jiutai-devzone')!;
    const opportunity = content.opportunities.find((entry) => entry.id === 'jiutai-biologics-cdmo')!;
    const bytes = await pdfBytes('brochures/zh/regions/jiutai-devzone.pdf');
    const pages = await pageTexts(bytes);

    expect(squeeze(pages[0].text)).toContain(squeeze(region.data.name.zh));
    expect(squeeze(pages[0].text)).toContain('招商手册');
    expect(squeeze(pages[0].text)).toContain('数据截至');
    // The text layer holds the characters a search looks for (长, 示), never look-alike radicals (⻓, ⽰).
    const radicals = pages.flatMap((page) => [...page.text].filter((character) => /[\u2e80-\u2fdf]/u.test(character)));
    expect(radicals).toEqual([]);

    const contents = squeeze(pages[1].text);
    expect(contents).toContain('目录');
    const { outline } = await readOutline(bytes);
    const sections = outline[0].items.filter((item) => item.title !== '目录');
    expect(sections.length).toBeGreaterThan(4);
    for (const section of sections) {
      const line = new RegExp(`${squeeze(section.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)`).exec(contents);
      expect(line, section.title).not.toBeNull();
      const number = Number(line![1]);
      expect(number, section.title).toBe(section.pageIndex + 1);
      expect(squeeze(pages[number - 1].text).startsWith(squeeze(section.title)), section.title).toBe(true);
    }

    const projectPage = pages.findIndex((page) => squeeze(page.text).startsWith(squeeze(opportunity.data.title.zh)));
    expect(projectPage).toBeGreaterThan(1);
    // A project's sheet may run onto a second page: its contact is at the end.
    const sheet = [pages[projectPage], pages[projectPage + 1]].map((page) => page?.text ?? '').join('\n');
    expect(squeeze(sheet)).toContain(squeeze(opportunity.data.contact.name.zh));
    expect(squeeze(sheet)).toContain(squeeze(opportunity.data.contact.phone!));
    const decoded = [];
    for (const number of [projectPage + 1, projectPage + 2]) {
      const { rgba, width, height } = await renderPdfPage(bytes, number, 3);
      decoded.push(jsQR(rgba, width, height)?.data);
    }
    expect(decoded).toContain(new URL(`zh/opportunities/${opportunity.id}/`, content.site.data.url).href);
  });

  test('the pages of that build link to their brochures, and the files are there', async () => {
    for (const [pagePath, file] of [
      ['/zh/regions/jiutai-devzone/', '/brochures/zh/regions/jiutai-devzone.pdf'],
      ['/en/chains/biomedicine/', '/brochures/en/chains/biomedicine.pdf'],
      ['/en/', '/brochures/en/guide.pdf'],
    ]) {
      const page = await readPage(pagePath, outDir);
      const link = page.querySelector('.brochure-link a');
      expect(link?.getAttribute('href'), pagePath).toBe(file);
      expect(existsSync(path.join(outDir, file)), file).toBe(true);
    }
  });
});
