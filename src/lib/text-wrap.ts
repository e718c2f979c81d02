/**
 * Wrapping names into lines that fit a box, measured without a browser. Widths are estimates in
 * em, deliberately generous so text never overflows whatever system font draws it: they are the
 * bold widths of DejaVu Sans, the widest common fallback on Linux, rounded up. CJK characters
 * are a full em.
 */

const wideCharacter = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Estimated advance width of one character, in em. */
export function characterWidth(character: string): number {
  if (wideCharacter.test(character)) return 1;
  if (character === ' ') return 0.36;
  if (/[il.,:;'|!]/.test(character)) return 0.42;
  if (/[mwMW@]/.test(character)) return 1.1;
  if (/[A-Z]/.test(character)) return 0.82;
  if (/[0-9]/.test(character)) return 0.72;
  if (/[a-z]/.test(character)) return 0.7;
  return 0.62;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += characterWidth(character);
  return width;
}

/** Characters that may not start a line in Chinese typography (closing punctuation). */
const noLineStart = new Set([...'，。、；：！？）》」』】〕…·,.;:!?)]}%']);
/** Characters that may not end a line (opening punctuation). */
const noLineEnd = new Set([...'（《「『【〔([{']);

/**
 * Splits text into the smallest pieces a line may break between: runs of Latin letters and
 * digits stay whole (with their trailing space), each CJK character stands alone, and
 * punctuation sticks to the piece it belongs to.
 */
export function breakOpportunities(text: string): string[] {
  const pieces: string[] = [];
  // Latin runs break after spaces, hyphens and slashes ("Metallurgical-|grade", "charging/|swapping").
  for (const token of text.match(/[^\s\-/\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]+(?:[-/]+|\s*)|[-/]+\s*|[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]\s*|\s+/g) ?? []) {
    const previous = pieces.at(-1);
    const first = [...token][0];
    if (previous !== undefined && (noLineStart.has(first) || noLineEnd.has([...previous.trimEnd()].at(-1) ?? ''))) {
      pieces[pieces.length - 1] = previous + token;
    } else {
      pieces.push(token);
    }
  }
  return pieces;
}

/** Breaks a piece that is wider than a line by itself, character by character. */
function splitOversized(piece: string, maxWidth: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const character of piece) {
    if (current !== '' && textWidth(current + character) > maxWidth) {
      parts.push(current);
      current = '';
    }
    current += character;
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** Characters that count as something to read on a line: not spaces, not punctuation. */
function readableLength(pieces: string[]): number {
  let count = 0;
  for (const character of pieces.join('')) if (!/\s/.test(character) && !noLineStart.has(character) && !noLineEnd.has(character)) count += 1;
  return count;
}

const joinLine = (pieces: string[]) => pieces.join('').trim();

/**
 * Wraps `text` into lines no wider than `maxWidth` em. A line is never left with a single
 * character (系统集 / 成): the line above gives it its last piece, when that line keeps at least
 * two characters and the moved piece fits (系统 / 集成).
 */
export function wrapText(text: string, maxWidth: number): string[] {
  const lines: string[][] = [];
  let current: string[] = [];
  for (const piece of breakOpportunities(text.trim()).flatMap((candidate) => (textWidth(candidate.trimEnd()) > maxWidth ? splitOversized(candidate, maxWidth) : [candidate]))) {
    if (current.length > 0 && textWidth(joinLine([...current, piece])) > maxWidth) {
      lines.push(current);
      current = [piece.trimStart()];
    } else {
      current.push(current.length === 0 ? piece.trimStart() : piece);
    }
  }
  if (joinLine(current) !== '') lines.push(current);
  for (let index = lines.length - 1; index > 0; index--) {
    const above = lines[index - 1];
    while (readableLength(lines[index]) === 1 && above.length > 1) {
      const moved = [above[above.length - 1], ...lines[index]];
      if (readableLength(above.slice(0, -1)) < 2 || textWidth(joinLine(moved)) > maxWidth) break;
      above.pop();
      lines[index] = moved;
    }
  }
  return lines.map(joinLine);
}
