/**
 * The text layer of a printed PDF in Chinese must hold the characters a reader searches for and
 * copies. Chromium writes each glyph's character from the font's own character map, and CJK
 * fonts (Noto Sans CJK among them) draw a radical and the ideograph of the same shape with one
 * glyph: 长 and the radical ⻓ (U+2ED3), 示 and ⽰ (U+2F70). Chromium then records the radical,
 * and a search of the PDF for 长春 finds nothing. This maps such radicals back to the ideograph
 * they are the same character as, and rewrites a font's ToUnicode map with it.
 */

/**
 * Radicals of the CJK Radicals Supplement block that are the same character as a unified
 * ideograph (Unicode's EquivalentUnifiedIdeograph data) where NFKC does not say so. The Kangxi
 * Radicals block needs no table: NFKC maps each to its ideograph.
 */
const supplementPairs = `
⺂乛 ⺃乚 ⺅亻 ⺇𠘨 ⺉刂 ⺋㔾 ⺍𭕄 ⺏尣 ⺐尢 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺘扌 ⺙攵
⺛旡 ⺞歺 ⺠民 ⺡氵 ⺣灬 ⺤爫 ⺦丬 ⺨犭 ⺩𤣩 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ⺳㓁 ⺹耂
⺺肀 ⺽𦥑 ⺾艹 ⻂衤 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻐钅 ⻑長 ⻒镸 ⻓长
⻔门 ⻕𨸏 ⻖阝 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼
⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀`;

const supplement = new Map(
  supplementPairs
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [radical, ideograph] = [...pair];
      return [radical.codePointAt(0)!, ideograph.codePointAt(0)!] as const;
    }),
);

/** The unified ideograph a radical is the same character as; any other code point unchanged. */
export function unifiedIdeograph(codePoint: number): number {
  if (codePoint < 0x2e80 || codePoint > 0x2fdf) return codePoint;
  const fromTable = supplement.get(codePoint);
  if (fromTable !== undefined) return fromTable;
  const normalized = String.fromCodePoint(codePoint).normalize('NFKC');
  return [...normalized].length === 1 ? normalized.codePointAt(0)! : codePoint;
}

/** Text of a CMap hex string (UTF-16BE, surrogate pairs included), and back. */
function decodeUtf16Hex(hex: string): string {
  const units: number[] = [];
  for (let index = 0; index + 4 <= hex.length; index += 4) units.push(parseInt(hex.slice(index, index + 4), 16));
  return String.fromCharCode(...units);
}

function encodeUtf16Hex(text: string): string {
  return [...text]
    .flatMap((character) => {
      const codePoint = character.codePointAt(0)!;
      if (codePoint < 0x10000) return [codePoint];
      const offset = codePoint - 0x10000;
      return [0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff)];
    })
    .map((unit) => unit.toString(16).toUpperCase().padStart(4, '0'))
    .join('');
}

const unify = (text: string) => [...text].map((character) => String.fromCodePoint(unifiedIdeograph(character.codePointAt(0)!))).join('');

/** Every glyph → text entry of a ToUnicode CMap, its ranges spelt out. */
function mappings(cmap: string): [string, string][] {
  const entries: [string, string][] = [];
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) entries.push([code, decodeUtf16Hex(text)]);
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, first, last, start, list] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const from = parseInt(first, 16);
      const to = parseInt(last, 16);
      const listed = list ? [...list.matchAll(/<([0-9A-Fa-f]*)>/g)].map((match) => decodeUtf16Hex(match[1])) : undefined;
      for (let code = from; code <= to; code++) {
        const offset = code - from;
        let text: string;
        if (listed) text = listed[offset] ?? '';
        else {
          // A range adds the offset to the last UTF-16 unit of its start.
          const base = decodeUtf16Hex(start!);
          text = base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + offset);
        }
        entries.push([code.toString(16).toUpperCase().padStart(first.length, '0'), text]);
      }
    }
  }
  return entries;
}

/**
 * The ToUnicode CMap with every radical that stands for an ideograph replaced by the ideograph,
 * or undefined when there is nothing to change. The mappings are written back as single entries
 * (at most 100 to a block, as the CMap format requires).
 */
export function unifyToUnicodeCMap(cmap: string): string | undefined {
  const entries = mappings(cmap);
  if (!entries.some(([, text]) => unify(text) !== text)) return undefined;
  const blocks: string[] = [];
  for (let start = 0; start < entries.length; start += 100) {
    const chunk = entries.slice(start, start + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([code, text]) => `<${code}> <${encodeUtf16Hex(unify(text))}>`).join('\n')}\nendbfchar`);
  }
  const firstBlock = cmap.search(/\d+\s+begin(?:bfchar|bfrange)/);
  const lastEnd = Math.max(cmap.lastIndexOf('endbfchar') + 'endbfchar'.length, cmap.lastIndexOf('endbfrange') + 'endbfrange'.length);
  return `${cmap.slice(0, firstBlock)}${blocks.join('\n')}${cmap.slice(lastEnd)}`;
}
