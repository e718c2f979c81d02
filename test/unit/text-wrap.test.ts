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

describe('no character is left alone on a line', () => {
  test('the line above gives up its last character: 系统 / 集成, not 系统集 / 成', () => {
    // The box of a chain node holds about 10.9 em at 15 px.
    const lines = wrapText('制药工艺模块与系统集成', 10.93);
    expect(lines).toEqual(['制药工艺模块与系统', '集成']);
  });

  test('closing punctuation does not count as a companion', () => {
    const lines = wrapText('制药工艺模块与系统集成）', 10.93);
    expect(lines.join('')).toBe('制药工艺模块与系统集成）');
    for (const line of lines) expect(line.replace(/[）]/g, '').length).toBeGreaterThan(1);
  });

  test('every wrap of a long Chinese name keeps two or more characters per line', () => {
    const name = '光伏组件与电池回收及梯次利用';
    for (let width = 3; width <= 14; width += 0.5) {
      const lines = wrapText(name, width);
      expect(lines.join('')).toBe(name);
      for (const line of lines) {
        expect(textWidth(line)).toBeLessThanOrEqual(width);
        if (lines.length > 1) expect([...line].length, `${width}: ${lines.join('/')}`).toBeGreaterThan(1);
      }
    }
  });

  test('a name of one character stays as it is', () => {
    expect(wrapText('药', 5)).toEqual(['药']);
  });
});
