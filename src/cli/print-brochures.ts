/**
 * Prints the brochure pages of a built guide to PDF with a Chromium-family browser: A4, real
 * (selectable) text with embedded fonts, the PDF's bookmarks from the headings, a running footer
 * with the guide, the brochure, the date of the data and page numbers, and the contents filled
 * in with the page each section starts on. Each brochure is printed twice: the first print tells
 * where the sections landed (see src/lib/brochure/contents.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import { installedBrowser } from '../lib/browsers.ts';
import { contentsPageNumbers, type ContentsEntry } from '../lib/brochure/contents.ts';
import { pdfForBuiltPage } from '../lib/brochure/plan.ts';
import { readOutline } from './pdf-outline.ts';
import { unifyPdfText } from './pdf-text-layer.ts';

export interface PrintedBrochure {
  /** The PDF, relative to the built site: `brochures/zh/regions/jiutai.pdf`. */
  file: string;
  pages: number;
  bytes: number;
}

/** The browser to print with: ATLAS_BROWSER if set, else Chrome, Edge or Chromium where they usually are. */
export function browserToPrintWith(): string {
  const chosen = process.env.ATLAS_BROWSER;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`ATLAS_BROWSER names ${chosen}, which does not exist`);
    return chosen;
  }
  const found = installedBrowser(process.platform, process.env, existsSync);
  if (!found) throw new Error('No Chrome, Edge or Chromium found to print the brochures with. Install one, or set ATLAS_BROWSER to its program file.');
  return found.program;
}

/** The built brochure pages and the PDF each becomes. */
export async function builtBrochurePages(outDir: string): Promise<{ page: string; pdf: string }[]> {
  const files = await readdir(outDir, { recursive: true });
  return files
    .map((file) => file.replaceAll('\\', '/'))
    .flatMap((file) => {
      const pdf = pdfForBuiltPage(file);
      return pdf ? [{ page: `/${file.replace(/index\.html$/, '')}`, pdf }] : [];
    })
    .sort((a, b) => a.pdf.localeCompare(b.pdf));
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** Chromium's running footer: its own small document, so it carries its own font and size. */
function footerTemplate(footer: string, pageNumbers: string): string {
  const numbers = escapeHtml(pageNumbers).replace('{page}', '<span class="pageNumber"></span>').replace('{pages}', '<span class="totalPages"></span>');
  return `<div style="width:100%;margin:0 16mm;display:flex;justify-content:space-between;gap:8mm;font-size:7.5pt;color:#515e6d;font-family:system-ui,'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif"><span>${escapeHtml(footer)}</span><span style="white-space:nowrap">${numbers}</span></div>`;
}

async function print(page: Page, footer: string, pageNumbers: string): Promise<Uint8Array> {
  return page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(footer, pageNumbers),
  });
}

async function printOne(page: Page, url: string): Promise<{ pdf: Uint8Array; pages: number }> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content').then((value) => value ?? '');
  const footer = await meta('brochure-footer');
  const pageNumbers = await meta('brochure-page-numbers');
  const entries: ContentsEntry[] = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-contents-page]')].map((line) => {
      const id = line.dataset.contentsPage!;
      return { id, title: document.getElementById(`${id}-heading`)?.textContent ?? '' };
    }),
  );
  const first = await print(page, footer, pageNumbers);
  const numbers = contentsPageNumbers(entries, (await readOutline(first)).outline);
  await page.evaluate((found) => {
    for (const [id, number] of found) {
      const line = document.querySelector<HTMLElement>(`[data-contents-page="${CSS.escape(id)}"]`);
      if (line) line.textContent = String(number);
    }
  }, [...numbers]);
  const final = await print(page, footer, pageNumbers);
  // The numbers take room the blank did not: check that no section moved.
  const { outline, pages } = await readOutline(final);
  const moved = [...contentsPageNumbers(entries, outline)].filter(([id, number]) => numbers.get(id) !== number);
  if (moved.length > 0) throw new Error(`brochure ${url}: sections moved between prints (${moved.map(([id]) => id).join(', ')})`);
  return { pdf: await unifyPdfText(final), pages };
}

/** Serves the built guide on localhost for as long as the printing takes. */
async function serve(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(outDir, { dev: false, etag: false });
  const server = createServer((request, response) => files(request, response, () => {
    response.statusCode = 404;
    response.end('not found');
  }));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/**
 * Prints every brochure page of the guide built in `outDir` into `outDir/brochures/…`, two at a
 * time. Any failure stops the run: a published link to a PDF that was not made is worse than
 * no brochure.
 */
export async function printBrochures(outDir: string, options: { onPrinted?: (printed: PrintedBrochure) => void } = {}): Promise<PrintedBrochure[]> {
  const jobs = await builtBrochurePages(outDir);
  if (jobs.length === 0) throw new Error(`no brochure pages in ${outDir}: build the guide with ATLAS_BROCHURES=1 (npm run brochure does)`);
  const server = await serve(outDir);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: browserToPrintWith() });
    const printed: PrintedBrochure[] = [];
    const queue = [...jobs];
    const worker = async () => {
      const page = await browser!.newPage();
      try {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const { pdf, pages } = await printOne(page, server.url + job.page);
          const target = path.join(outDir, job.pdf);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, pdf);
          const result = { file: job.pdf, pages, bytes: pdf.byteLength };
          printed.push(result);
          options.onPrinted?.(result);
        }
      } finally {
        await page.close();
      }
    };
    await Promise.all([worker(), worker()]);
    return printed.sort((a, b) => a.file.localeCompare(b.file));
  } finally {
    await browser?.close();
    await server.close();
  }
}
