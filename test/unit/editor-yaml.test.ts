import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { newEntryText, updatedEntryText } from '../../src/lib/editor/yaml-writer.ts';
import { projectRoot, sampleContent } from '../support/paths.ts';

const sampleFiles = (['regions', 'chains', 'opportunities', 'policies'] as const).flatMap((collection) =>
  readdirSync(path.join(sampleContent, collection), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ collection, file: path.join(sampleContent, collection, file) })),
);
const handWritten = readFileSync(path.join(projectRoot, 'test/browser/fixtures/jiutai-vaccine-fill-finish.yaml'), 'utf8');

describe('writing entries from the browser editor', () => {
  test('saving an unchanged entry leaves every sample file byte for byte as it was', () => {
    const changed = [...sampleFiles, { collection: 'site' as const, file: path.join(sampleContent, 'site.yaml') }].filter(({ collection, file }) => {
      const text = readFileSync(file, 'utf8');
      return updatedEntryText(text, parse(text), collectionSchemas[collection]) !== text;
    });
    expect(changed).toEqual([]);
  });

  test('a new entry is written as a person writes it: schema order, one-line pairs, Markdown blocks, no defaults', () => {
    const data = parse(handWritten);
    // The form sends fields in any order, with empty optional fields and defaults filled in.
    const shuffled = { updated: data.updated, featured: false, sources: [], land: { area: '' }, ...data, returns: { zh: '', en: '' } };
    expect(newEntryText(shuffled, collectionSchemas.opportunities)).toBe(handWritten);
  });

  test('changing a field rewrites only that field, keeping comments, quoting and the rest', () => {
    const original = `# 示例项目
title: { zh: "甲项目", en: "Project A" } # 名称
summary:
  zh: 一句话。
region: jiutai
investment: { amount: 25.20, unit: 亿元 }
cooperation: [sole]
published: 2026-01-02
updated: 2026-01-02
`;
    const data = parse(original);
    data.investment.amount = '30.50';
    data.summary.en = 'One sentence.';
    data.chain = 'biomedicine';
    const updated = updatedEntryText(original, data, collectionSchemas.opportunities);
    expect(updated).toBe(`# 示例项目
title: { zh: "甲项目", en: "Project A" } # 名称
summary:
  zh: 一句话。
  en: One sentence.
region: jiutai
chain: biomedicine
investment: { amount: 30.50, unit: 亿元 }
cooperation: [sole]
published: 2026-01-02
updated: 2026-01-02
`);
  });

  test('amounts are kept exactly as typed; text that is not a number stays text for the checks to report', () => {
    const text = (amount: string) => newEntryText({ investment: { amount, unit: '亿元' } }, collectionSchemas.opportunities);
    expect(text('0.10')).toBe('investment: { amount: 0.10, unit: 亿元 }\n');
    expect(text('12345678901234567.89')).toBe('investment: { amount: "12345678901234567.89", unit: 亿元 }\n');
    expect(parse(text('6.5亿元')).investment.amount).toBe('6.5亿元');
  });
});
