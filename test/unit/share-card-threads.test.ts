/**
 * Share cards drawn on worker threads (src/lib/share-cards/draw-pool.ts): the same PNG as drawing on
 * the build's own thread, several cards at once, and a card that cannot be drawn fails with the
 * thread's error instead of hanging the build.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { opportunityCard, regionCard } from '../../src/lib/share-cards/content.ts';
import { DrawPool, poolSize } from '../../src/lib/share-cards/draw-pool.ts';
import type { CardInput } from '../../src/lib/share-cards/layout.ts';
import { drawCardSvg, svgToPng } from '../../src/lib/share-cards/render.ts';
import { sampleContent, testToday } from '../support/paths.ts';

let atlas: Atlas;
const pool = new DrawPool(2);
beforeAll(async () => {
  const content = await loadContent(sampleContent);
  atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
});
afterAll(() => pool.close());

describe('share cards drawn on worker threads', () => {
  test('are byte for byte the cards drawn on the build thread, several at once', async () => {
    const cards = [regionCard(atlas, atlas.regions[0], 'zh'), opportunityCard(atlas, atlas.opportunities[0], 'en'), opportunityCard(atlas, atlas.opportunities[1], 'zh')];
    const drawn = await Promise.all(cards.map((card) => pool.draw(card)));
    for (const [index, card] of cards.entries()) {
      expect(drawn[index].png.equals(svgToPng(drawCardSvg(card))), card.title).toBe(true);
      expect(drawn[index].drawMs).toBeGreaterThan(0);
    }
  });

  test('a card that cannot be drawn fails with the reason, and the next card is still drawn', async () => {
    await expect(pool.draw({ kind: 'opportunity' } as CardInput)).rejects.toThrow(/TypeError|undefined/);
    const card = regionCard(atlas, atlas.regions[1], 'en');
    expect((await pool.draw(card)).png.equals(svgToPng(drawCardSvg(card)))).toBe(true);
  });

  test('one thread per core, at most four, and none on a single core', () => {
    expect([poolSize(1, true), poolSize(2, true), poolSize(8, true), poolSize(8, false)]).toEqual([0, 2, 4, 0]);
  });
});
