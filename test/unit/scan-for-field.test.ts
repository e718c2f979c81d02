import { describe, expect, test } from 'vitest';
import { locateField, scanForField } from '../../src/lib/content/yaml.ts';

const text = `title: { zh: 项目, en: Project }
summary:
  zh: 简介 updated: 不是字段
contact:
  name: { zh: 王先生 }
  email: a@example.cn
validUntil: 2027-01-01
location: { lat: 44.1, lng: 125.8 }
updated: 2026-01-01
`;

describe('finding a field by scanning the text', () => {
  test.each([['updated'], ['validUntil'], ['contact', 'email'], ['contact', 'name', 'zh'], ['location', 'lng'], ['title', 'en'], ['contact', 'phone'], ['featured']])(
    '%s is where the parser says it is',
    (...path) => {
      expect(scanForField(text, path)).toEqual(locateField(text, path));
    },
  );

  test('paths through lists are left to the parser', () => {
    expect(scanForField('sources:\n  - title: x\n', ['sources', 0, 'title'])).toBeUndefined();
  });
});

test('a nested field missing from its parent is not found in a later field', () => {
  const later = 'contact:\n  name: { zh: 王 }\n  email: a@b.cn\nother:\n  phone: "123"\n';
  expect(scanForField(later, ['contact', 'phone'])).toEqual(locateField(later, ['contact', 'phone']));
});
