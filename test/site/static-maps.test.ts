import { beforeAll, describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sampleContent, testToday } from '../support/paths.ts';
import { readPage, text } from '../support/site.ts';

let atlas: Atlas;
beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});

const reviewLine = { zh: zh['map.reviewNumber'], en: en['map.reviewNumber'] };

/** Every page with a map: the map page, every region and every opportunity, in both languages. */
function mapPages(): string[] {
  return ['zh', 'en'].flatMap((locale) => [
    `/${locale}/map/`,
    ...atlas.regions.map((region) => `/${locale}/regions/${region.id}/`),
    ...atlas.opportunities.map((opportunity) => `/${locale}/opportunities/${opportunity.id}/`),
  ]);
}

describe('maps drawn at build and the map review number (审图号)', () => {
  test('every map carries the review number from site.yaml, in the page language', async () => {
    const number = atlas.site.map.reviewNumber!;
    expect(number).toBeTruthy();
    for (const path of mapPages()) {
      const locale = path.startsWith('/zh/') ? 'zh' : 'en';
      const page = await readPage(path);
      const maps = page.querySelectorAll('atlas-map');
      expect(maps.length, path).toBeGreaterThan(0);
      for (const map of maps) {
        expect(text(map.querySelector('[data-map-review-number]')), path).toBe(reviewLine[locale].replace('{number}', number));
      }
    }
  });

  test('every map has its drawn version beside the live one: an SVG image with a name, its points and their key', async () => {
    for (const path of mapPages()) {
      const page = await readPage(path);
      for (const map of page.querySelectorAll('atlas-map')) {
        const drawn = map.querySelector('[data-static-map] svg.static-map-svg');
        expect(drawn, path).not.toBeNull();
        expect(drawn!.getAttribute('role')).toBe('img');
        expect(drawn!.getAttribute('aria-label'), path).toBeTruthy();
        // The national outline is drawn (land) and, for a small place, the corner map of the country.
        expect(drawn!.querySelectorAll('path').length, path).toBeGreaterThan(1);
        const statuses = new Set(drawn!.querySelectorAll('.static-map-point').map((point) => point.getAttribute('data-status')));
        const keys = map.querySelectorAll('.static-map-legend li').length;
        if (statuses.size > 0) expect(keys, path).toBeGreaterThanOrEqual(statuses.size);
        // The text list of places stays.
        expect(map.querySelectorAll('[data-map-place]').length, path).toBeGreaterThan(0);
      }
    }
  });

  test('a region page names the region on its drawn map and draws its sited opportunities with their stage', async () => {
    const region = atlas.regionById.get('jiutai')!;
    const page = await readPage('/en/regions/jiutai/');
    const drawn = page.querySelector('[data-static-map] svg')!;
    expect(drawn.querySelectorAll('text.static-map-label').map((label) => label.text)).toContain(region.data.name.en);
    const sited = atlas.opportunitiesInRegion('jiutai').filter((entry) => entry.data.location && atlas.isOpen(entry));
    const points = drawn.querySelectorAll('.static-map-point[data-kind="opportunity"]');
    expect(points.length).toBe(sited.length);
    expect(new Set(points.map((point) => point.getAttribute('data-status')))).toEqual(new Set(sited.map((entry) => entry.data.stage)));
  });
});
