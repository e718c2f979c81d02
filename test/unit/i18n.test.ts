import { describe, expect, test } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zhHant from '../../src/i18n/zh-Hant.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { simplifiedOnlyCharacters } from '../../src/lib/chinese-script/simplified-only.ts';
import { label, languageTags, localize, sentenceGap, t } from '../../src/lib/i18n.ts';
import * as vocabulary from '../../src/lib/vocabulary.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('interface strings', () => {
  const pluralSuffix = /\.(zero|one|two|few|many)$/;

  test('both languages have every key (plural variants aside)', () => {
    const base = (keys: string[]) => keys.filter((key) => !pluralSuffix.test(key)).sort();
    expect(base(Object.keys(en))).toEqual(base(Object.keys(zh)));
  });

  test('every plural variant belongs to a string that exists', () => {
    for (const key of [...Object.keys(en), ...Object.keys(zh)].filter((candidate) => pluralSuffix.test(candidate))) {
      expect(Object.keys(zh), key).toContain(key.replace(pluralSuffix, ''));
    }
  });

  test('English counts take the singular for one', () => {
    expect(t('en', 'chain.gapCount', { count: 1 })).toBe('1 gap');
    expect(t('en', 'chain.gapCount', { count: 2 })).toBe('2 gaps');
    expect(t('zh', 'chain.gapCount', { count: 1 })).toBe('1 个缺失环节');
  });

  test('no string is empty in either language', () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  test('both languages use the same placeholders', () => {
    const english = en as Record<string, string>;
    for (const key of Object.keys(en)) {
      expect(placeholders(english[key]), key).toEqual(placeholders((zh as Record<string, string>)[key.replace(pluralSuffix, '')]));
    }
  });

  test('every vocabulary value has a label in both languages', () => {
    const vocabularies: Record<string, readonly string[]> = {
      regionLevel: vocabulary.regionLevels,
      carrierKind: vocabulary.carrierKinds,
      carrierStatus: vocabulary.carrierStatuses,
      areaUnit: vocabulary.areaUnits,
      infrastructure: vocabulary.infrastructureKinds,
      chainStage: vocabulary.chainStages,
      nodeStatus: vocabulary.nodeStatuses,
      chainStrategy: vocabulary.chainStrategies,
      cooperation: vocabulary.cooperationModes,
      opportunityStage: vocabulary.opportunityStages,
      preparation: vocabulary.preparationLevels,
      landUse: vocabulary.landUses,
      policyLevel: vocabulary.policyLevels,
      firmType: vocabulary.firmTypes,
      measure: vocabulary.measureCategories,
    };
    for (const [name, keys] of Object.entries(vocabularies)) {
      for (const key of keys) {
        expect(zh, `enum.${name}.${key}`).toHaveProperty([`enum.${name}.${key}`]);
        expect(en, `enum.${name}.${key}`).toHaveProperty([`enum.${name}.${key}`]);
      }
    }
    for (const unit of vocabulary.figureUnits) expect(en).toHaveProperty([`unit.${unit}`]);
  });

  test('Traditional Chinese has exactly the Chinese keys, the same placeholders and no empty string', () => {
    expect(Object.keys(zhHant).sort()).toEqual(Object.keys(zh).sort());
    const chinese = zh as Record<string, string>;
    for (const [key, value] of Object.entries(zhHant as Record<string, string>)) {
      expect(value.trim(), key).not.toBe('');
      expect(placeholders(value), key).toEqual(placeholders(chinese[key]));
    }
  });

  test('every language in the locale list has its own strings file, named by its tag', async () => {
    for (const locale of vocabulary.locales) {
      const strings = (await import(`../../src/i18n/${languageTags[locale] === 'zh-CN' ? 'zh' : languageTags[locale]}.json`)).default as Record<string, string>;
      expect(Object.keys(strings).length, locale).toBeGreaterThan(100);
    }
  });

  test("the Traditional strings are written in Traditional characters, with Taiwan's terms", () => {
    for (const [key, value] of Object.entries(zhHant as Record<string, string>)) {
      expect(simplifiedOnlyCharacters(value), `${key}: ${value}`).toEqual([]);
    }
    expect(t('zh-hant', 'data.title')).toBe('開放資料');
    expect(t('zh-hant', 'search.submit')).toContain('搜尋');
  });

  test('placeholders are filled', () => {
    expect(t('zh', 'filter.showing', { shown: 3, total: 30 })).toBe('显示 3 / 30 项');
    expect(t('en', 'filter.showing', { shown: 3, total: 30 })).toBe('Showing 3 of 30');
    expect(label('en', 'nodeStatus', 'gap')).toBe('Gap');
  });
});

describe('sentences side by side', () => {
  test('Chinese sentences follow each other without a space; English ones with one', () => {
    expect(['zh', 'zh-hant', 'en'].map((locale) => sentenceGap(locale as 'zh' | 'zh-hant' | 'en'))).toEqual(['', '', ' ']);
  });
});

describe('localised content', () => {
  test('English pages show English when it exists', () => {
    expect(localize({ zh: '九台区', en: 'Jiutai District' }, 'en')).toEqual({ text: 'Jiutai District', locale: 'en', pending: false });
  });

  test('missing English falls back to the Chinese, marked pending, never blank', () => {
    expect(localize({ zh: '九台区' }, 'en')).toEqual({ text: '九台区', locale: 'zh', pending: true });
  });

  test('Chinese pages always show Chinese', () => {
    expect(localize({ zh: '九台区', en: 'Jiutai' }, 'zh')).toEqual({ text: '九台区', locale: 'zh', pending: false });
  });

  test('Traditional pages show the Chinese converted, never the English and never pending', () => {
    expect(localize({ zh: '镍钴新材料', en: 'Nickel-cobalt materials' }, 'zh-hant')).toEqual({ text: '鎳鈷新材料', locale: 'zh-hant', pending: false });
    expect(localize({ zh: '镍钴新材料' }, 'zh-hant').text).toBe('鎳鈷新材料');
  });
});
