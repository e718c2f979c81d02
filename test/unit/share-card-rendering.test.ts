/**
 * Share cards drawn with the real font and renderer: size, format, and Chinese that is drawn as
 * real glyphs. A card drawn with boxes for missing glyphs ("tofu") must fail here, so the check
 * is run against such a card too.
 */
import { execFile } from 'node:child_process';
import world from '@surbowl/world-geo-json-zh';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { nationalOutline } from '../../src/lib/map/outline.ts';
import type { StaticMapSources } from '../../src/lib/map/static-map-content.ts';
import { chainCard, guideCard, opportunityCard, policyCard, regionCard } from '../../src/lib/share-cards/content.ts';
import { cardFonts, measureText, MissingFontError, paintText } from '../../src/lib/share-cards/fonts.ts';
import { cardHeight, cardWidth, layoutCard, type CardInput, type CardText } from '../../src/lib/share-cards/layout.ts';
import { cacheDirectory, cardKey, cardPng, cardStats, drawCardSvg, svgToPng } from '../../src/lib/share-cards/render.ts';
import { cardSvg, type TextPainter } from '../../src/lib/share-cards/svg.ts';
import { projectRoot, sampleContent, testToday } from '../support/paths.ts';
import { tempFolder } from '../support/temp.ts';

let atlas: Atlas;
beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

/** Share of dark pixels in each character cell of `line` as drawn on the decoded card. */
function inkPerCharacter(png: PNG, line: CardText): number[] {
  const cells: number[] = [];
  let x = line.x;
  for (const character of line.text) {
    const advance = measureText(character, line.size, line.weight);
    if (/[\u4e00-\u9fff]/.test(character)) {
      let dark = 0;
      let all = 0;
      for (let py = Math.round(line.y - line.size * 0.88); py < Math.round(line.y + line.size * 0.12); py++) {
        for (let px = Math.round(x); px < Math.round(x + advance); px++) {
          const index = (py * png.width + px) * 4;
          const luminance = 0.3 * png.data[index] + 0.59 * png.data[index + 1] + 0.11 * png.data[index + 2];
          if (luminance < 128) dark += 1;
          all += 1;
        }
      }
      cells.push(dark / all);
    }
    x += advance;
  }
  return cells;
}

/**
 * Real glyphs: every Chinese character leaves ink, and different characters leave different
 * amounts. Tofu leaves none (blank) or the same box for every character.
 */
function looksLikeRealGlyphs(cells: number[]): boolean {
  const mean = cells.reduce((sum, value) => sum + value, 0) / cells.length;
  const spread = Math.max(...cells) - Math.min(...cells);
  return cells.length >= 3 && Math.min(...cells) > 0.04 && spread / mean > 0.1;
}

/**
 * Draws every Chinese character as the font's "missing glyph" box and the rest as usual, as a
 * renderer with a Latin-only font would.
 */
const tofuPainter: TextPainter = (item) => {
  const { font } = cardFonts().faces[item.weight];
  const scale = item.size / font.unitsPerEm;
  const width = measureText(item.text, item.size, item.weight);
  let x = item.anchor === 'end' ? item.x - width : item.anchor === 'middle' ? item.x - width / 2 : item.x;
  let paths = '';
  for (const character of item.text) {
    const glyph = /[\u4e00-\u9fff]/.test(character) ? font.getGlyph(0) : font.glyphForCodePoint(character.codePointAt(0)!);
    paths += `<path transform="matrix(${scale} 0 0 ${-scale} ${x} ${item.y})" d="${glyph.path.toSVG()}"/>`;
    x += measureText(character, item.size, item.weight);
  }
  return `<g fill="${item.fill}">${paths}</g>`;
};

function titleLine(card: CardInput): CardText {
  const layout = layoutCard(card, measureText);
  return layout.texts.find((text) => card.title.startsWith(text.text.replace(/…$/, '')) && text.size >= 38)!;
}

const kinds: [string, (atlas: Atlas) => CardInput][] = [
  ['guide', (atlas) => guideCard(atlas, 'zh')],
  ['region', (atlas) => regionCard(atlas, atlas.regions.find((region) => region.data.keyFigures.length > 0)!, 'zh')],
  ['chain poster', (atlas) => chainCard(atlas, atlas.chains[0], 'zh')],
  ['opportunity', (atlas) => opportunityCard(atlas, atlas.opportunities[0], 'zh')],
  ['policy', (atlas) => policyCard(atlas, atlas.policies[0], 'zh')],
];

describe('share cards are 1200×630 PNGs with real Chinese glyphs', () => {
  test.each(kinds)('%s card', (_kind, make) => {
    const card = make(atlas);
    const png = PNG.sync.read(svgToPng(drawCardSvg(card)));
    expect([png.width, png.height]).toEqual([cardWidth, cardHeight]);
    const line = titleLine(card);
    expect(line, 'title line').toBeDefined();
    const cells = inkPerCharacter(png, line);
    expect(looksLikeRealGlyphs(cells), `ink per character: ${cells.map((cell) => cell.toFixed(2)).join(' ')}`).toBe(true);

    // The same card with its glyphs replaced by boxes fails the same check.
    const tofu = PNG.sync.read(svgToPng(cardSvg(layoutCard(card, measureText), tofuPainter)));
    expect(looksLikeRealGlyphs(inkPerCharacter(tofu, line))).toBe(false);
  });

  test('a character the font cannot draw stops the build with the character named, instead of a box', () => {
    expect(() => paintText({ x: 0, y: 50, text: '项目🫠', size: 40, weight: 'regular', fill: '#000', anchor: 'start' })).toThrow(MissingFontError);
    expect(() => paintText({ x: 0, y: 50, text: '项目🫠', size: 40, weight: 'regular', fill: '#000', anchor: 'start' })).toThrow(/🫠/);
  });
});

describe('the map on region and opportunity cards', () => {
  const outline = nationalOutline(world as Parameters<typeof nationalOutline>[0], 'wgs84');
  const square = (id: string, half: number) => {
    const { lat, lng } = atlas.regionById.get(id)!.data.center;
    return { type: 'Polygon', coordinates: [[[lng - half, lat - half], [lng + half, lat - half], [lng + half, lat + half], [lng - half, lat + half], [lng - half, lat - half]]] };
  };
  const maps = (half = 0.2): StaticMapSources => ({ outline, boundaries: new Map([['jiutai', square('jiutai', half)], ['changchun', square('changchun', 0.6)]]) });

  /** The region's name on the card's map, as a line of the card (map units scaled to card pixels). */
  function mapName(card: CardInput): CardText {
    const [{ box, drawing }] = layoutCard(card, measureText).maps;
    const label = drawing.labels.find((item) => item.kind === 'focus')!;
    const scale = box.width / drawing.width;
    const size = label.size * scale;
    const width = measureText(label.text, size, 'bold');
    const left = box.x + label.x * scale - (label.anchor === 'middle' ? width / 2 : label.anchor === 'end' ? width : 0);
    return { x: left, y: box.y + label.y * scale, text: label.text, size, weight: 'bold', fill: '#000', anchor: 'start' };
  }

  test('names the region in real Chinese glyphs', () => {
    const card = regionCard(atlas, atlas.regionById.get('jiutai')!, 'zh', maps());
    const file = svgToPng(drawCardSvg(card), true);
    // Brought down to 256 colours: stored as a palette PNG (colour type 3), like cards without a map.
    expect(file[25]).toBe(3);
    const png = PNG.sync.read(file);
    expect([png.width, png.height]).toEqual([cardWidth, cardHeight]);
    const name = mapName(card);
    expect(name.text).toBe('九台区');
    const cells = inkPerCharacter(png, name);
    expect(looksLikeRealGlyphs(cells), `ink per character: ${cells.map((cell) => cell.toFixed(2)).join(' ')}`).toBe(true);
    const tofu = PNG.sync.read(svgToPng(cardSvg(layoutCard(card, measureText), tofuPainter)));
    expect(looksLikeRealGlyphs(inkPerCharacter(tofu, name))).toBe(false);
  });

  test('an opportunity without a site is drawn without a map', () => {
    const card = opportunityCard(atlas, atlas.opportunities.find((entry) => !entry.data.location)!, 'zh', maps());
    expect(card.map).toBeUndefined();
    const svg = drawCardSvg(card);
    expect(svg).not.toContain('static-map');
    expect(PNG.sync.read(svgToPng(svg)).width).toBe(cardWidth);
  });

  test('a changed boundary changes the cache key, so no card with the old map is served', () => {
    const region = atlas.regionById.get('jiutai')!;
    const key = cardKey(regionCard(atlas, region, 'zh', maps()));
    expect(cardKey(regionCard(atlas, region, 'zh', maps()))).toBe(key);
    expect(cardKey(regionCard(atlas, region, 'zh', maps(0.3)))).not.toBe(key);
    expect(cardKey(regionCard(atlas, region, 'zh'))).not.toBe(key);
  });
});

describe('share card cache keys', () => {
  test('are the same for the same card and change with anything the card shows', () => {
    const card = opportunityCard(atlas, atlas.opportunities[0], 'zh');
    expect(cardKey(card)).toBe(cardKey(structuredClone(card)));
    expect(cardKey({ ...card, title: `${card.title}二期` })).not.toBe(cardKey(card));
    expect(cardKey(opportunityCard(atlas, atlas.opportunities[0], 'en'))).not.toBe(cardKey(card));
  });
});

describe('the card cache', () => {
  test('draws a card once and serves it from the cache afterwards, until what it shows changes', async () => {
    const previous = process.env.ATLAS_CACHE_DIR;
    process.env.ATLAS_CACHE_DIR = await tempFolder('card-cache');
    try {
      const card = regionCard(atlas, atlas.regions[0], 'en');
      const stats = cardStats();
      const before = { ...stats };
      const first = cardPng(card);
      expect(stats.drawn).toBe(before.drawn + 1);
      expect(cardPng(structuredClone(card)).equals(first)).toBe(true);
      expect(stats.drawn).toBe(before.drawn + 1);
      expect(stats.reused).toBe(before.reused + 1);
      cardPng({ ...card, title: 'Renamed District' });
      expect(stats.drawn).toBe(before.drawn + 2);
      expect((await readdir(cacheDirectory(), { recursive: true })).filter((file) => file.endsWith('.png'))).toHaveLength(2);
    } finally {
      await rm(process.env.ATLAS_CACHE_DIR!, { recursive: true, force: true });
      if (previous === undefined) delete process.env.ATLAS_CACHE_DIR;
      else process.env.ATLAS_CACHE_DIR = previous;
    }
  });
});

describe('a machine without a Chinese font', () => {
  /** Draws one Chinese text in a fresh process with the given font settings; its exit code and output. */
  const drawWith = (env: Record<string, string>) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const script = "import('./src/lib/share-cards/fonts.ts').then((fonts) => fonts.paintText({ x: 0, y: 40, text: '招商机遇', size: 40, weight: 'bold', fill: '#000', anchor: 'start' }))";
      const child = execFile(path.join(projectRoot, 'node_modules/.bin/node'), ['--input-type=module', '-e', script], { cwd: projectRoot, env: { ...process.env, ...env } }, (_error, stdout, stderr) => resolve({ code: child.exitCode, output: stdout + stderr }));
    });

  test('a font file that is not there stops the build, saying so in both languages', async () => {
    const { code, output } = await drawWith({ ATLAS_CARD_FONT: path.join(projectRoot, 'no-such-font.ttf') });
    expect(code).not.toBe(0);
    expect(output).toContain('分享图片字体文件不存在');
    expect(output).toContain('the share-card font does not exist');
  });

  test.runIf(existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))('a font without Chinese glyphs stops the build naming the characters, instead of drawing boxes', async () => {
    const { code, output } = await drawWith({ ATLAS_CARD_FONT: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' });
    expect(code).not.toBe(0);
    expect(output).toContain('has no glyph for: 招 商 机 遇');
  });
});
