/**
 * Makes a printed PDF's text layer say the characters on the page: rewrites each font's
 * ToUnicode map so radicals that stand for ideographs become the ideographs (see
 * src/lib/pdf/unified-ideographs.ts). Everything else in the file — bookmarks, links, tags,
 * fonts — is kept as it is.
 */
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { unifyToUnicodeCMap } from '../lib/pdf/unified-ideographs.ts';

const isA = <T extends object>(type: { prototype: T }, value: unknown): value is T => typeof value === 'object' && value !== null && Object.prototype.isPrototypeOf.call(type.prototype, value);

export async function unifyPdfText(bytes: Uint8Array): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const done = new Set<string>();
  let changed = 0;
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!isA(PDFDict, object)) continue;
    const reference = object.get(PDFName.of('ToUnicode'));
    if (!isA(PDFRef, reference) || done.has(reference.toString())) continue;
    done.add(reference.toString());
    const stream = pdf.context.lookup(reference);
    if (!isA(PDFRawStream, stream)) continue;
    const cmap = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
    const unified = unifyToUnicodeCMap(cmap);
    if (unified === undefined) continue;
    pdf.context.assign(reference, pdf.context.flateStream(unified));
    changed += 1;
  }
  return changed === 0 ? bytes : pdf.save({ updateFieldAppearances: false });
}
