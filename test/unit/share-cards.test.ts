import world from '@surbowl/world-geo-json-zh';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { inLocale, t } from '../../src/lib/i18n.ts';
import { formatInvestment } from '../../src/lib/investment.ts';
import { nationalOutline } from '../../src/lib/map/outline.ts';
import type { StaticMapSources } from '../../src/lib/map/static-map-content.ts';
import { chainCard, guideCard, opportunityCard, policyCard, regionCard } from '../../src/lib/share-cards/content.ts';
import { cardHeight, cardWidth, fitLines, fitSize, layoutCard, type CardInput, type Measure } from '../../src/lib/share-cards/layout.ts';
import { encodePng, paletteOf, reduceColours } from '../../src/lib/share-cards/png.ts';
import { cardSvg, type TextPainter } from '../../src/lib/share-cards/svg.ts';
import { textWidth } from '../../src/lib/text-wrap.ts';
import { sampleContent, testToday } from '../support/paths.ts';

/** Widths from the generous estimate the chain map uses: no font needed. */
const estimate: Measure = (text, size) => textWidth(text) * size;

let atlas: Atlas;
beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

describe('card text is fitted to its lines', () => {
  test('a Chinese title wraps into lines no wider than the card allows', () => {
    const lines = fitLines('九台经开区生物药合同研发生产平台项目一期工程及配套中试车间', 600, 3, 60, 'bold', estimate);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('九台经开区生物药合同研发生产平台项目一期工程及配套中试车间');
    for (const line of lines) expect(estimate(line, 60, 'bold')).toBeLessThanOrEqual(600);
  });

  test('what does not fit is cut with an ellipsis on the last line, never beyond the width', () => {
    const lines = fitLines('Biologics contract development and manufacturing platform next to the new plant in Jiutai Economic Development Zone', 700, 2, 60, 'bold', estimate);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    for (const line of lines) expect(estimate(line, 60, 'bold')).toBeLessThanOrEqual(700);
    // Words stay whole: every line is made of words of the title.
    expect(lines[0].split(' ').every((word) => 'Biologics contract development and manufacturing platform'.includes(word))).toBe(true);
  });

  test('a line never starts with closing punctuation', () => {
    const lines = fitLines('一二三四五，六七八九十', 5, 3, 1, 'regular', estimate);
    expect(lines.every((line) => !line.startsWith('，'))).toBe(true);
  });

  test('a long title is set smaller before it is cut', () => {
    const title = 'Measures to Extend the Non-ferrous New Materials Chain in Gansu Province';
    // Fits in two lines at 46 px with room to spare; needs about three at 60 px.
    const width = estimate(title, 46, 'bold') / 2 + 120;
    const fitted = fitSize(title, [60, 52, 46], width, 2, 'bold', estimate);
    expect(fitted.size).toBeLessThan(60);
    expect(fitted.lines.join(' ')).toBe(title);
    expect(fitSize('金昌市', [60, 52], 1072, 2, 'bold', estimate)).toEqual({ size: 60, lines: ['金昌市'] });
    const tooLong = fitSize(title.repeat(4), [60, 52, 46], width, 2, 'bold', estimate);
    expect(tooLong.size).toBe(46);
    expect(tooLong.lines[1].endsWith('…')).toBe(true);
  });

  test('short text is left alone', () => {
    expect(fitLines('金昌市', 600, 2, 30, 'regular', estimate)).toEqual(['金昌市']);
    expect(fitLines('   ', 600, 2, 30, 'regular', estimate)).toEqual([]);
  });
});

describe('card layout', () => {
  const inside = (card: CardInput) => {
    const layout = layoutCard(card, estimate);
    for (const text of layout.texts) {
      const width = estimate(text.text, text.size, text.weight);
      const left = text.anchor === 'end' ? text.x - width : text.x;
      expect(left, text.text).toBeGreaterThanOrEqual(0);
      expect(left + width, text.text).toBeLessThanOrEqual(cardWidth);
      expect(text.y, text.text).toBeLessThanOrEqual(cardHeight);
    }
    return layout;
  };

  test('an opportunity card shows the guide name, what it is, the title, the investment and the region', () => {
    const entry = atlas.opportunities.find((candidate) => candidate.data.investment.unit === '亿元')!;
    const card = opportunityCard(atlas, entry, 'zh');
    const words = inside(card).texts.map((text) => text.text);
    expect(words).toContain('投资机遇示例指南');
    expect(words).toContain('招商机遇');
    expect(words).toContain(entry.data.title.zh);
    expect(words).toContain(formatInvestment(entry.data.investment, 'zh'));
    expect(words.some((text) => text.includes(atlas.regionById.get(entry.data.region)!.data.name.zh))).toBe(true);
  });

  test('cards are in the page language', () => {
    const entry = atlas.opportunities.find((candidate) => candidate.data.title.en)!;
    const words = inside(opportunityCard(atlas, entry, 'en')).texts.map((text) => text.text).join(' ');
    expect(words).toContain('Investment opportunity');
    expect(words).toContain('Investment Opportunities');
    expect(words).not.toMatch(/招商机遇|投资机遇示例指南/);
  });

  test('a region card carries its first key figure with its year', () => {
    const region = atlas.regions.find((candidate) => candidate.data.keyFigures.some((figure) => figure.year !== undefined))!;
    const card = regionCard(atlas, region, 'zh');
    expect(card.figure?.label).toContain(region.data.keyFigures[0].label.zh);
    inside(card);
  });

  test('the chain poster draws every node of the chain inside the card', () => {
    const chain = atlas.chains[0];
    const layout = inside(chainCard(atlas, chain, 'zh'));
    const [poster] = layout.groups;
    const nodes = chain.data.stages.flatMap((stage) => stage.nodes).length;
    expect(poster.rects.filter((rect) => rect.rx === 5).length).toBe(nodes + chain.data.stages.length);
    const right = poster.x + Math.max(...poster.rects.map((rect) => rect.x + rect.width)) * poster.scale;
    const bottom = poster.y + Math.max(...poster.rects.map((rect) => rect.y + rect.height)) * poster.scale;
    expect(right).toBeLessThanOrEqual(cardWidth);
    expect(bottom).toBeLessThanOrEqual(cardHeight);
  });

  test('the guide card and a policy card fit in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      inside(guideCard(atlas, locale));
      inside(policyCard(atlas, atlas.policies[0], locale));
    }
  });
});

describe('region and opportunity cards show where they are on the static map', () => {
  const outline = nationalOutline(world as Parameters<typeof nationalOutline>[0], 'wgs84');
  /** A GeoJSON square around a region's centre. */
  const square = (id: string, half: number) => {
    const { lat, lng } = atlas.regionById.get(id)!.data.center;
    return { type: 'Polygon', coordinates: [[[lng - half, lat - half], [lng + half, lat - half], [lng + half, lat + half], [lng - half, lat + half], [lng - half, lat - half]]] };
  };
  const maps = (): StaticMapSources => ({ outline, boundaries: new Map([['jiutai', square('jiutai', 0.2)], ['changchun', square('changchun', 0.6)]]) });
  /** Text as plain text elements: the SVG model can be read before any font turns it into outlines. */
  const plainText: TextPainter = (item) => `<text x="${item.x}" y="${item.y}" text-anchor="${item.anchor}">${item.text}</text>`;

  test('a region with a boundary: the card has the map beside the text, with its outline, its parent\'s and its name', () => {
    for (const locale of ['zh', 'en'] as const) {
      const region = atlas.regionById.get('jiutai')!;
      const card = regionCard(atlas, region, locale, maps());
      const layout = layoutCard(card, estimate);
      expect(layout.maps).toHaveLength(1);
      const [{ box, drawing }] = layout.maps;
      expect(box.x + box.width).toBeLessThanOrEqual(cardWidth);
      expect(box.y + box.height).toBeLessThanOrEqual(cardHeight - 12);
      const focus = drawing.areas.find((area) => area.role === 'focus' && area.id === 'jiutai');
      expect(focus?.d).toMatch(/^M[\d. L]+Z/);
      expect(drawing.areas.some((area) => area.role === 'parent' && area.id === 'changchun')).toBe(true);
      expect(drawing.labels.map((label) => label.text)).toContain(region.data.name[locale]);
      // The text column keeps left of the map.
      for (const text of layout.texts.filter((item) => item.anchor === 'start' && item.y > 104)) expect(text.x + estimate(text.text, text.size, text.weight), text.text).toBeLessThanOrEqual(box.x);
      // The card's SVG holds the map's drawing: the boundary's path and the name.
      const svg = cardSvg(layout, plainText);
      expect(svg).toContain(`d="${focus!.d}"`);
      expect(svg).toContain(`>${region.data.name[locale]}</text>`);
      expect(svg).toContain(`>${t(locale, 'map.reviewNumber', { number: inLocale(locale, atlas.site.map.reviewNumber!) }).slice(0, 4)}`);
    }
  });

  test('an opportunity with a site shows its point on the map; one without a site, and policies, have no map and the full width', () => {
    const sited = atlas.opportunities.find((entry) => entry.data.location)!;
    const sitedLayout = layoutCard(opportunityCard(atlas, sited, 'zh', maps()), estimate);
    expect(sitedLayout.maps[0].drawing.points.map((point) => point.id)).toEqual([`opportunity:${sited.id}`]);

    const unsited = atlas.opportunities.find((entry) => !entry.data.location)!;
    const card = opportunityCard(atlas, unsited, 'zh', maps());
    expect(card.map).toBeUndefined();
    const layout = layoutCard(card, estimate);
    expect(layout.maps).toEqual([]);
    expect(cardSvg(layout, plainText)).not.toContain('static-map-svg');
    expect(layoutCard(policyCard(atlas, atlas.policies[0], 'zh'), estimate).maps).toEqual([]);
  });

  test('the map changes the card: another boundary gives another card input', () => {
    const region = atlas.regionById.get('jiutai')!;
    const before = regionCard(atlas, region, 'zh', maps());
    const moved = maps();
    (moved.boundaries as Map<string, unknown>).set('jiutai', square('jiutai', 0.3));
    expect(JSON.stringify(regionCard(atlas, region, 'zh', moved))).not.toBe(JSON.stringify(before));
    expect(regionCard(atlas, region, 'zh').map).toBeUndefined();
  });
});

describe('card PNG files', () => {
  const pixels = (width: number, height: number, colour: (x: number, y: number) => [number, number, number]) => {
    const data = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) data.set([...colour(x, y), 255], (y * width + x) * 4);
    return data;
  };

  test('a picture of few colours is stored as a palette PNG with exactly the same pixels', () => {
    const data = pixels(40, 20, (x, y) => (x < 10 ? [8, 58, 102] : y < 10 ? [255, 255, 255] : [x * 3, 0, 0]));
    const png = encodePng(data, 40, 20, () => {
      throw new Error('should not fall back');
    });
    const decoded = PNG.sync.read(png);
    expect([decoded.width, decoded.height]).toEqual([40, 20]);
    expect(Buffer.from(decoded.data).equals(Buffer.from(data))).toBe(true);
  });

  test('the many edge colours of a map card are brought down to 256: flat colours stay exact, the others take the nearest', () => {
    // Two flat colours over most of the picture, and 600 faint shades of grey between them.
    const data = pixels(700, 20, (x, y) => (y < 8 ? [247, 245, 239] : y < 16 ? [11, 79, 138] : [100 + (x % 150), 100 + Math.floor(x / 150), 100]));
    expect(paletteOf(data, 700, 20)).toBeUndefined();
    const reduced = reduceColours(new Uint8Array(data), 700, 20);
    const found = paletteOf(reduced, 700, 20);
    expect(found?.palette.length).toBeLessThanOrEqual(256);
    expect([...reduced.subarray(0, 700 * 16 * 4)]).toEqual([...data.subarray(0, 700 * 16 * 4)]);
    // A shade that was left out is replaced by a close one.
    for (let index = 700 * 16 * 4; index < data.length; index++) expect(Math.abs(reduced[index] - data[index])).toBeLessThanOrEqual(8);
    const few = pixels(10, 10, () => [1, 2, 3]);
    expect(reduceColours(few, 10, 10)).toBe(few);
  });

  test('a picture of more than 256 colours goes to the fallback encoder', () => {
    const data = pixels(300, 2, (x) => [x % 256, Math.floor(x / 256), 7]);
    expect(encodePng(data, 300, 2, () => Buffer.from('fallback')).toString()).toBe('fallback');
  });
});
