import { describe, expect, test } from 'vitest';
import { unifiedIdeograph, unifyToUnicodeCMap } from '../../src/lib/pdf/unified-ideographs.ts';

const cmap = (body: string) => `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${body}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;

describe('a printed PDF’s text says the characters on the page', () => {
  test('radicals drawn with an ideograph’s glyph become that ideograph', () => {
    expect(String.fromCodePoint(unifiedIdeograph(0x2ed3))).toBe('长');
    expect(String.fromCodePoint(unifiedIdeograph(0x2f70))).toBe('示');
    expect(String.fromCodePoint(unifiedIdeograph(0x2f3c))).toBe('心');
    expect(unifiedIdeograph(0x2e80)).toBe(0x2e80); // ⺀: a radical with no ideograph of its own
    expect(unifiedIdeograph(0x957f)).toBe(0x957f);
    expect(unifiedIdeograph(0x41)).toBe(0x41);
  });

  test('single entries and ranges of a ToUnicode map are rewritten; the rest of the map is kept', () => {
    const original = cmap(`2 beginbfchar
<0003> <0020>
<0104> <2ED3>
endbfchar
1 beginbfrange
<0200> <0202> <2F70>
endbfrange`);
    const unified = unifyToUnicodeCMap(original)!;
    expect(unified).toContain('<0104> <957F>');
    expect(unified).toContain('<0200> <793A>'); // 示
    expect(unified).toContain('<0201> <79B8>'); // ⽱ → 禸
    expect(unified).toContain('<0202> <79BE>'); // ⽲ → 禾
    expect(unified).toContain('<0003> <0020>');
    expect(unified.startsWith('/CIDInit /ProcSet findresource begin')).toBe(true);
    expect(unified).toContain('endcmap');
    expect(unified).not.toContain('beginbfrange');
  });

  test('characters outside the basic plane and ligatures survive the rewrite', () => {
    const unified = unifyToUnicodeCMap(cmap(`3 beginbfchar
<0010> <D840DC00>
<0011> <00660069>
<0012> <2ED3>
endbfchar`))!;
    expect(unified).toContain('<0010> <D840DC00>');
    expect(unified).toContain('<0011> <00660069>');
  });

  test('a map with nothing to change is left alone', () => {
    expect(unifyToUnicodeCMap(cmap(`1 beginbfchar\n<0003> <957F>\nendbfchar`))).toBeUndefined();
  });

  test('more than 100 entries are split into blocks of at most 100', () => {
    const unified = unifyToUnicodeCMap(cmap(`1 beginbfrange\n<0000> <00FA> <2F00>\nendbfrange`))!;
    const counts = [...unified.matchAll(/(\d+) beginbfchar/g)].map((match) => Number(match[1]));
    expect(counts).toEqual([100, 100, 51]);
  });
});
