/**
 * The fonts share cards are drawn with. Cards need a font with Chinese glyphs; none is bundled
 * (a full CJK font is 16–20 MB), so the build looks for one the machine has: Noto Sans CJK
 * (Debian/Ubuntu `fonts-noto-cjk`, Fedora, Arch), PingFang or Heiti on macOS, Microsoft YaHei on
 * Windows, what fontconfig offers for Simplified Chinese, or the file named by ATLAS_CARD_FONT
 * (and ATLAS_CARD_FONT_BOLD). Without one the build stops and says how to install one: a card
 * is never drawn with boxes for missing glyphs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { CardText, Weight } from './layout.ts';

const candidates: Record<Weight, string[]> = {
  regular: [
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc',
    '/System/Library/Fonts/PingFang.ttc',
    '/System/Library/Fonts/STHeiti Light.ttc',
    '/System/Library/Fonts/Hiragino Sans GB.ttc',
    'C:\\Windows\\Fonts\\msyh.ttc',
    'C:\\Windows\\Fonts\\simhei.ttf',
  ],
  bold: [
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
    '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
    '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc',
    '/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Bold.ttc',
    '/System/Library/Fonts/STHeiti Medium.ttc',
    'C:\\Windows\\Fonts\\msyhbd.ttc',
  ],
};

/** In a collection, the face for Simplified Chinese: Noto's "sc", PingFang SC, YaHei, Heiti SC. */
const simplifiedFace = /CJKsc|PingFangSC|YaHei|HeitiSC|STHeiti|HiraginoSansGB/i;

export class MissingFontError extends Error {}

interface Face {
  file: string;
  font: fontkit.Font;
  /** Glyph id → SVG path data in font units, decoded once. */
  outlines: Map<number, string>;
  /** Character → advance width in font units. */
  advances: Map<string, number>;
}

function openFace(file: string, weight: Weight): Face {
  const opened = fontkit.openSync(file);
  const faces = 'fonts' in opened ? (opened.fonts as fontkit.Font[]) : [opened as fontkit.Font];
  const wanted = weight === 'bold' ? /bold|medium|w6/i : /regular|light|w3|^(?!.*bold)/i;
  const font =
    faces.find((face) => simplifiedFace.test(face.postscriptName) && wanted.test(face.postscriptName)) ??
    faces.find((face) => simplifiedFace.test(face.postscriptName)) ??
    faces[0];
  return { file, font, outlines: new Map(), advances: new Map() };
}

/** Asks fontconfig (Linux, and macOS with Homebrew) for its Simplified Chinese sans-serif font. */
function fontconfigChoice(weight: Weight): string | undefined {
  try {
    const file = execFileSync('fc-match', ['-f', '%{file}', `sans-serif:lang=zh-cn${weight === 'bold' ? ':weight=bold' : ''}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    return /\.(ttf|otf|ttc)$/i.test(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** True when the font file has Chinese glyphs (a fallback font may not). */
function hasChinese(file: string, weight: Weight): boolean {
  try {
    return openFace(file, weight).font.hasGlyphForCodePoint(0x4e2d); // 中
  } catch {
    return false;
  }
}

function findFile(weight: Weight): string | undefined {
  const chosen = weight === 'bold' ? process.env.ATLAS_CARD_FONT_BOLD : process.env.ATLAS_CARD_FONT;
  if (chosen) {
    if (!existsSync(chosen)) throw new MissingFontError(`分享图片字体文件不存在 / the share-card font does not exist: ${chosen} (ATLAS_CARD_FONT${weight === 'bold' ? '_BOLD' : ''})`);
    return chosen;
  }
  return [...candidates[weight].filter((file) => existsSync(file)), fontconfigChoice(weight)].find((file) => file !== undefined && hasChinese(file, weight));
}

export interface CardFonts {
  faces: Record<Weight, Face>;
  /** Files and their sizes and dates: part of every card's cache key, so a new font redraws the cards. */
  identity: string;
}

let loaded: CardFonts | undefined;

/** The card fonts, opened once per build. */
export function cardFonts(): CardFonts {
  if (loaded) return loaded;
  const regularFile = findFile('regular');
  if (!regularFile) {
    throw new MissingFontError(
      [
        '找不到带中文字形的字体，无法生成分享图片。请安装 Noto Sans CJK（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk），或用 ATLAS_CARD_FONT 指定一个 .ttf/.otf/.ttc 字体文件。',
        'No font with Chinese glyphs was found, so share cards cannot be drawn. Install Noto Sans CJK (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk), or name a .ttf/.otf/.ttc font file in ATLAS_CARD_FONT.',
      ].join('\n'),
    );
  }
  const boldFile = process.env.ATLAS_CARD_FONT ? (process.env.ATLAS_CARD_FONT_BOLD ?? regularFile) : (findFile('bold') ?? regularFile);
  const faces = { regular: openFace(regularFile, 'regular'), bold: openFace(boldFile, 'bold') };
  const identity = [regularFile, boldFile].map((file) => `${file}:${statSync(file).size}:${statSync(file).mtimeMs}`).join('|');
  loaded = { faces, identity };
  return loaded;
}

/** Characters that need no glyph: spaces and invisible formatting marks. */
const invisible = /^[\s\u200b-\u200f\u2060\ufeff]$/u;

/**
 * Advance width in px of `text` at `size`: the sum of its glyphs' advances, which is what the
 * card draws (CJK and Latin text have no kerning worth measuring at this size). Shaping every
 * candidate line would cost far more than the drawing.
 */
export function measureText(text: string, size: number, weight: Weight): number {
  const face = cardFonts().faces[weight];
  let units = 0;
  for (const character of text) {
    let advance = face.advances.get(character);
    if (advance === undefined) {
      advance = face.font.glyphForCodePoint(character.codePointAt(0)!).advanceWidth;
      face.advances.set(character, advance);
    }
    units += advance;
  }
  return (units * size) / face.font.unitsPerEm;
}

/**
 * `text` as glyph outlines at its place on the card. A character the font has no glyph for
 * stops the build with the character named, rather than drawing a box in its place.
 */
export function paintText(item: CardText): string {
  const face = cardFonts().faces[item.weight];
  const { font } = face;
  const run = font.layout(item.text);
  const scale = item.size / font.unitsPerEm;
  // Asked of the font's character map: glyph objects are shared, so their code points cannot tell.
  const missing = [...new Set(item.text)].filter((character) => !invisible.test(character) && !font.hasGlyphForCodePoint(character.codePointAt(0)!));
  if (missing.length > 0) {
    throw new MissingFontError(`分享图片字体 ${face.file} 缺少字形 / the share-card font ${face.file} has no glyph for: ${missing.join(' ')} (U+${missing.map((character) => character.codePointAt(0)!.toString(16).toUpperCase()).join(', U+')}) in "${item.text}"`);
  }
  let x = item.anchor === 'end' ? item.x - run.advanceWidth * scale : item.anchor === 'middle' ? item.x - (run.advanceWidth * scale) / 2 : item.x;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    let outline = face.outlines.get(glyph.id);
    if (outline === undefined) {
      outline = glyph.path.toSVG();
      face.outlines.set(glyph.id, outline);
    }
    if (outline !== '') {
      const left = x + position.xOffset * scale;
      const baseline = item.y - position.yOffset * scale;
      parts.push(`<path transform="matrix(${scale.toFixed(5)} 0 0 ${(-scale).toFixed(5)} ${left.toFixed(2)} ${baseline.toFixed(2)})" d="${outline}"/>`);
    }
    x += position.xAdvance * scale;
  });
  // The halo is a stroke under the fill, its width in the glyphs' own units (each path is scaled).
  const halo = item.halo ? ` stroke="${item.halo.colour}" stroke-width="${(item.halo.width / scale).toFixed(1)}" stroke-linejoin="round" paint-order="stroke"` : '';
  return `<g fill="${item.fill}"${halo}>${parts.join('')}</g>`;
}
