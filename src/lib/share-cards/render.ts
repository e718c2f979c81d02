/**
 * Share cards as PNG, made once per card and kept between builds: a card is drawn only when what
 * it shows (its input, the design, the font) has changed since it was last drawn. Cached files
 * live in node_modules/.cache/invest-atlas/share-cards (ATLAS_CACHE_DIR moves them).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cardFonts, measureText, paintText } from './fonts.ts';
import { layoutCard, type CardInput } from './layout.ts';
import { encodePng, reduceColours } from './png.ts';
import { cardSvg } from './svg.ts';

/** Raise when the card design or its PNG encoding changes: every cached card is then drawn again. */
const designVersion = 4;

export function cacheDirectory(): string {
  return path.join(process.env.ATLAS_CACHE_DIR ?? path.join(process.cwd(), 'node_modules/.cache/invest-atlas'), 'share-cards');
}

/** What the build did with cards, read by the integration that reports it. */
export interface CardStats {
  drawn: number;
  reused: number;
  drawMs: number;
}

const statsKey = Symbol.for('invest-atlas.share-card-stats');
export function cardStats(): CardStats {
  const holder = globalThis as typeof globalThis & { [statsKey]?: CardStats };
  return (holder[statsKey] ??= { drawn: 0, reused: 0, drawMs: 0 });
}

/**
 * Renders SVG drawn without text elements (cards carry their text as outlines). With `reduce`
 * (cards with a map) the picture is brought down to 256 colours first, so it is stored as a
 * palette PNG too.
 */
export function svgToPng(svg: string, reduce = false): Buffer {
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
  const pixels = reduce ? reduceColours(image.pixels, image.width, image.height) : image.pixels;
  return encodePng(pixels, image.width, image.height, () => image.asPng());
}

/** The card's SVG, its text drawn as the real font's outlines. */
export function drawCardSvg(input: CardInput): string {
  return cardSvg(layoutCard(input, measureText), paintText);
}

export function cardKey(input: CardInput): string {
  return createHash('sha256').update(JSON.stringify({ designVersion, fonts: cardFonts().identity, input })).digest('hex');
}

/** The card as PNG, from the cache when it was drawn before. */
export function cardPng(input: CardInput): Buffer {
  const stats = cardStats();
  const key = cardKey(input);
  const file = path.join(cacheDirectory(), key.slice(0, 2), `${key}.png`);
  try {
    const cached = readFileSync(file);
    stats.reused += 1;
    return cached;
  } catch {
    // Not drawn yet.
  }
  const started = performance.now();
  const png = svgToPng(drawCardSvg(input), input.map !== undefined);
  stats.drawMs += performance.now() - started;
  stats.drawn += 1;
  mkdirSync(path.dirname(file), { recursive: true });
  // Written under a temporary name and renamed: a build stopped half-way leaves no broken card.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return png;
}
