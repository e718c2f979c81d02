/** Reading printed PDFs in tests: each page's text, its size, and a page drawn to pixels (PDF.js with @napi-rs/canvas). */
import { createCanvas } from '@napi-rs/canvas';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPageText {
  /** Size in PDF points (1/72 inch). */
  width: number;
  height: number;
  text: string;
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

export function pdfPages(bytes: Uint8Array): Promise<PdfPageText[]> {
  return withPdf(bytes, async (pdf) => {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push({ width, height, text });
    }
    return pages;
  });
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
