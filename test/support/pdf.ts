/**
 * Reading the PDFs Chromium prints, as a reader's PDF viewer would: page sizes and the lines of
 * text on each page with their positions (PDF.js), the fonts embedded (pdf-lib), and a page drawn
 * to pixels (PDF.js with @napi-rs/canvas), for the QR codes printed on it.
 */
import { createCanvas } from '@napi-rs/canvas';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A line of text on a page: items on one baseline, left to right; `top` is measured from the page's top edge, in points. */
export interface PdfLine {
  text: string;
  top: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

/** 1 mm in PDF points. */
export const mm = 72 / 25.4;

export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const loading = getDocument({ data: new Uint8Array(data), useSystemFonts: false });
  const document = await loading.promise;
  const pages: PdfPage[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [{ text: item.str, x: item.transform[4], top: height - item.transform[5], size: Math.hypot(item.transform[2], item.transform[3]) }] : []));
      // Items whose baselines are within 2 pt make one line.
      const lines: { top: number; size: number; parts: { x: number; text: string }[] }[] = [];
      for (const item of items.sort((a, b) => a.top - b.top || a.x - b.x)) {
        const line = lines.find((candidate) => Math.abs(candidate.top - item.top) < 2);
        if (line) {
          line.parts.push(item);
          line.size = Math.max(line.size, item.size);
        } else lines.push({ top: item.top, size: item.size, parts: [item] });
      }
      pages.push({
        width,
        height,
        lines: lines.map((line) => ({ top: line.top, size: line.size, text: line.parts.sort((a, b) => a.x - b.x).map((part) => part.text).join(' ') })),
      });
      page.cleanup();
    }
  } finally {
    await loading.destroy();
  }
  return pages;
}

/** True for a page of A4 (210 × 297 mm) in either orientation, to the point. */
export function isA4(page: { width: number; height: number }): boolean {
  const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
  return Math.abs(short - 210 * mm) < 1.5 && Math.abs(long - 297 * mm) < 1.5;
}

type Loaded = Awaited<ReturnType<typeof getDocument>['promise']>;

async function withPdf<Result>(bytes: Uint8Array, use: (pdf: Loaded) => Promise<Result>): Promise<Result> {
  const loading = getDocument({ data: new Uint8Array(bytes) });
  try {
    return await use(await loading.promise);
  } finally {
    await loading.destroy();
  }
}

/**
 * How many fonts the PDF carries inside it (a font descriptor with a /FontFile, /FontFile2 or
 * /FontFile3 stream each): a PDF whose text shows the same on any machine has one per font.
 */
export async function embeddedFontCount(bytes: Uint8Array): Promise<number> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const fontFiles = ['FontFile', 'FontFile2', 'FontFile3'].map((name) => PDFName.of(name));
  return pdf.context
    .enumerateIndirectObjects()
    .filter(([, object]) => Object.prototype.isPrototypeOf.call(PDFDict.prototype, object) && fontFiles.some((name) => (object as PDFDict).has(name))).length;
}

/** One page drawn at `scale` (1 = 72 dpi), as RGBA pixels and as PNG. */
export function renderPdfPage(bytes: Uint8Array, pageNumber: number, scale = 2): Promise<{ width: number; height: number; rgba: Uint8ClampedArray; png: Buffer }> {
  return withPdf(bytes, async (pdf) => {
    const page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: canvas.width, height: canvas.height, rgba: image.data, png: canvas.toBuffer('image/png') };
  });
}
