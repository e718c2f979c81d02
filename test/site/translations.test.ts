import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { translationGaps } from '../../src/lib/translation-gaps.ts';
import { sampleContent } from '../support/paths.ts';
import { readPage, text } from '../support/site.ts';

let content: AtlasContent;
beforeAll(async () => {
  content = await loadContent(sampleContent);
});

const pageOf = (collection: string, id: string, locale: string) => `/${locale}/${collection}/${id}/`;

describe('missing English falls back visibly, never blank', () => {
  test('the sample guide has exactly one deliberately untranslated entry, and one untranslated article', () => {
    const gaps = translationGaps(content);
    expect(gaps.map((gap) => gap.collection)).toEqual(['opportunities', 'articles']);
    expect(gaps[1].fields).toEqual(['title', 'summary', 'body']);
  });

  test('its English page shows the Chinese text marked "translation pending / 暂无英文"', async () => {
    const [gap] = translationGaps(content);
    const entry = content.opportunities.find((candidate) => candidate.id === gap.id);
    if (!entry) throw new Error('untranslated entry not found');
    const page = await readPage(pageOf('opportunities', gap.id, 'en'));
    const heading = page.querySelector('h1');
    expect(text(heading)).toContain(entry.data.title.zh);
    expect(heading?.querySelector('[lang="zh-CN"]')).not.toBeNull();
    expect(text(heading?.querySelector('.pending-note'))).toBe('translation pending · 暂无英文');
  });

  test('its Chinese page has no notice', async () => {
    const [gap] = translationGaps(content);
    const page = await readPage(pageOf('opportunities', gap.id, 'zh'));
    expect(page.querySelectorAll('.pending-note')).toHaveLength(0);
  });

  test('translated entries show English and no notice', async () => {
    const [gap] = translationGaps(content);
    const translated = content.opportunities.filter((entry) => entry.id !== gap.id).slice(0, 5);
    for (const entry of translated) {
      const page = await readPage(pageOf('opportunities', entry.id, 'en'));
      expect(text(page.querySelector('h1'))).toBe(entry.data.title.en);
      expect(page.querySelectorAll('main .pending-note'), entry.id).toHaveLength(0);
    }
  });
});
