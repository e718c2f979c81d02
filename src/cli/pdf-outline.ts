/** The bookmarks of a PDF with the page each points to, read with PDF.js. */
import type { OutlineItem } from '../lib/brochure/contents.ts';

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;
type RawOutline = Awaited<ReturnType<PdfDocument['getOutline']>>;

async function pageIndexOf(pdf: PdfDocument, dest: RawOutline[number]['dest']): Promise<number> {
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
  const target = explicit?.[0];
  if (target === undefined || target === null) return -1;
  return typeof target === 'number' ? target : pdf.getPageIndex(target as Parameters<PdfDocument['getPageIndex']>[0]);
}

async function resolve(pdf: PdfDocument, items: RawOutline): Promise<OutlineItem[]> {
  return Promise.all(
    items.map(async (item) => ({ title: item.title, pageIndex: await pageIndexOf(pdf, item.dest), items: await resolve(pdf, item.items ?? []) })),
  );
}

export async function readOutline(bytes: Uint8Array): Promise<{ outline: OutlineItem[]; pages: number }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const loading = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  try {
    const pdf = await loading.promise;
    return { outline: await resolve(pdf, (await pdf.getOutline()) ?? []), pages: pdf.numPages };
  } finally {
    await loading.destroy();
  }
}
