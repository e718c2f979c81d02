import { describe, expect, test } from 'vitest';
import { documentNumberPieces } from '../../src/lib/document-number.ts';

describe('document numbers break only where a reader expects', () => {
  test('a usual number is one piece: 甘府发〔2025〕7号 never breaks before 号', () => {
    expect(documentNumberPieces('甘府发〔2025〕7号')).toEqual(['甘府发〔2025〕7号']);
    expect(documentNumberPieces('甘政办发〔2026〕58号')).toEqual(['甘政办发〔2026〕58号']);
  });

  test('a long number breaks at its spaces, and a long run before its year', () => {
    expect(documentNumberPieces('财政部 税务总局 国家发展改革委公告2020年第23号')).toEqual(['财政部 ', '税务总局 ', '国家发展改革委公告', '2020年第23号']);
  });

  test('a long run breaks before 〔 and keeps the year with its number', () => {
    expect(documentNumberPieces('中共四川省委办公厅四川省人民政府办公厅川委厅〔2024〕123号')).toEqual(['中共四川省委办公厅四川省人民政府办公厅川委厅', '〔2024〕123号']);
  });

  test('the pieces put together are the number as written', () => {
    for (const text of ['甘府发〔2025〕7号', '财政部 税务总局 国家发展改革委公告2020年第23号', 'GB/T 123-2020']) {
      expect(documentNumberPieces(text).join('')).toBe(text);
    }
  });
});
