import { describe, expect, test } from 'vitest';
import { brandStylesheet, contrastRatio, darken, resolveBrandColours } from '../../src/lib/colour.ts';
import { checkBrandContrast } from '../../src/lib/content/brand.ts';
import { siteSchema } from '../../src/schemas/site.ts';

describe('brand colours', () => {
  test('contrast follows WCAG 2: black on white is 21:1, a colour against itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777', '#777777')).toBeCloseTo(1, 5);
    expect(contrastRatio('#0b4f8a', '#ffffff')).toBeGreaterThan(4.5);
  });

  test('the header shade is the primary colour darkened', () => {
    expect(darken('#17507f', 0.25)).toBe('#113c5f');
  });

  test('only the colours a brand sets override the stylesheet; the rest are the guide’s own', () => {
    expect(brandStylesheet({})).toBe('');
    expect(brandStylesheet({ accent: '#B02A20' })).toBe(':root:root{--color-accent:#b02a20}');
    expect(resolveBrandColours({ primary: '#17507f' })).toEqual({ primary: '#17507f', primaryDark: '#113c5f', accent: '#b3261e' });
  });

  test('a colour too light for white text or the white page is refused, naming the field', () => {
    const problems = checkBrandContrast('site.yaml', { primary: '#7fb2e5', accent: '#b02a20' });
    expect(problems.map((problem) => problem.path.join('.'))).toEqual(['brand.primary']);
    expect(siteSchema.shape.brand.safeParse({ primary: 'blue' }).success).toBe(false);
  });
});
