/**
 * Where a document number (文号) may break across lines. 甘府发〔2025〕7号 is read as one token:
 * it must not break anywhere, least of all before 号. Only a long number (财政部 税务总局
 * 国家发展改革委公告2020年第23号) may break: at its spaces and, inside a long run, before 〔 or
 * before the year, so that every piece still fits a phone's line.
 */

/** A run without spaces longer than this may break before 〔 or before its year. */
const longRun = 16;

/** The pieces of a document number that must each stay on one line, in order, spaces kept. */
export function documentNumberPieces(text: string): string[] {
  const pieces: string[] = [];
  for (const run of text.trim().split(/(?<=\s)(?=\S)/)) {
    if ([...run.trim()].length <= longRun) {
      pieces.push(run);
      continue;
    }
    pieces.push(...run.split(/(?=〔)|(?<=[^\d〔(（])(?=(?:19|20)\d\d年)/).filter((piece) => piece !== ''));
  }
  return pieces;
}
