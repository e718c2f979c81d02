import { describe, expect, test } from 'vitest';
import { breakOpportunities, textWidth, wrapText } from '../../src/lib/text-wrap.ts';

describe('wrapping names into boxes', () => {
  test('Chinese breaks between characters, never before closing punctuation', () => {
    const lines = wrapText('制药用水设备（含纯化水、注射用水）', 7);
    expect(lines.join('')).toBe('制药用水设备（含纯化水、注射用水）');
    for (const line of lines) {
      expect(textWidth(line)).toBeLessThanOrEqual(7);
      expect(line[0]).not.toMatch(/[，。、）]/);
    }
  });

  test('English breaks at spaces and keeps words whole', () => {
    const text = 'Pharmaceutical water systems and clean steam';
    const lines = wrapText(text, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(12);
  });

  test('a word longer than the box is split rather than overflowing', () => {
    for (const line of wrapText('Supercalifragilisticexpialidocious', 6)) expect(textWidth(line)).toBeLessThanOrEqual(6);
  });

  test('mixed scripts keep Latin runs together', () => {
    expect(breakOpportunities('生物药CDMO平台')).toEqual(['生', '物', '药', 'CDMO', '平', '台']);
  });

  test('CJK characters count a full em, Latin letters about half', () => {
    expect(textWidth('九台')).toBe(2);
    expect(textWidth('ab')).toBeLessThan(1.5);
  });
});

test('hyphenated words break after the hyphen, not inside a word', () => {
  expect(wrapText('Metallurgical-grade silicon', 10)).toEqual(['Metallurgical-', 'grade silicon']);
});

test('slashes are break points too', () => {
  expect(wrapText('charging/swapping stations', 9)).toEqual(['charging/', 'swapping', 'stations']);
});
