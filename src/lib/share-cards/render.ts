/**
 * Share cards as PNG, made once per card and kept between builds: a card is drawn only when what
 * it shows (its input, the design, the font) has changed since it was last drawn. Cached files
 * live in node_modules/.cache/invest-atlas/share-cards (ATLAS_CACHE_DIR moves them).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { DrawPool, poolSize } from './draw-pool.ts';
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

function cachedCardFile(input: CardInput): string {
  const key = cardKey(input);
  return path.join(cacheDirectory(), key.slice(0, 2), `${key}.png`);
}

function readCachedCard(file: string): Buffer | undefined {
  try {
    const cached = readFileSync(file);
    cardStats().reused += 1;
    return cached;
  } catch {
    return undefined; // not drawn yet
  }
}

function keepDrawnCard(file: string, png: Buffer, drawMs: number): Buffer {
  const stats = cardStats();
  stats.drawMs += drawMs;
  stats.drawn += 1;
  mkdirSync(path.dirname(file), { recursive: true });
  // Written under a temporary name and renamed: a build stopped half-way leaves no broken card.
  const temporary = `${file}.${process.pid}.${stats.drawn}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return png;
}

function drawHere(input: CardInput): { png: Buffer; drawMs: number } {
  const started = performance.now();
  const png = svgToPng(drawCardSvg(input), input.map !== undefined);
  return { png, drawMs: performance.now() - started };
}

/** The card as PNG, from the cache when it was drawn before, drawn on this thread otherwise. */
export function cardPng(input: CardInput): Buffer {
  const file = cachedCardFile(input);
  const cached = readCachedCard(file);
  if (cached) return cached;
  const { png, drawMs } = drawHere(input);
  return keepDrawnCard(file, png, drawMs);
}

const poolKey = Symbol.for('invest-atlas.share-card-pool');
function drawPool(): DrawPool | null {
  const holder = globalThis as typeof globalThis & { [poolKey]?: DrawPool | null };
  if (holder[poolKey] === undefined) {
    const size = poolSize();
    holder[poolKey] = size > 0 ? new DrawPool(size) : null;
  }
  return holder[poolKey];
}

/**
 * The card as PNG, from the cache when it was drawn before, drawn on a worker thread otherwise
 * (draw-pool.ts), so pages keep rendering and cards use the other cores.
 */
export async function cardPngAsync(input: CardInput): Promise<Buffer> {
  const file = cachedCardFile(input);
  const cached = readCachedCard(file);
  if (cached) return cached;
  const pool = drawPool();
  const { png, drawMs } = pool ? await pool.draw(input) : drawHere(input);
  return keepDrawnCard(file, png, drawMs);
}
