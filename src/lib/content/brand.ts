/**
 * The brand's colours are drawn as text on white cards and the page, and under white text (the
 * header, buttons): each must reach WCAG AA (4.5:1) against both. Checked after the schema, so a
 * colour too light is reported with the rest of the content's problems instead of hiding them.
 */
import { brandSurfaces, contrastRatio, minimumTextContrast } from '../colour.ts';
import type { Brand } from '../../schemas/site.ts';
import { bi } from './bilingual.ts';
import type { RawProblem } from './integrity.ts';

export function checkBrandContrast(siteFile: string, brand: Brand): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const field of ['primary', 'accent'] as const) {
    const colour = brand[field];
    if (colour === undefined) continue;
    const worst = Math.min(contrastRatio(colour, brandSurfaces.white), contrastRatio(colour, brandSurfaces.page));
    if (worst >= minimumTextContrast) continue;
    const ratio = worst.toFixed(2);
    problems.push({
      file: siteFile,
      path: ['brand', field],
      message: bi(
        `颜色 ${colour} 与白色文字或白色背景的对比度只有 ${ratio}:1，达不到 WCAG AA 要求的 4.5:1；请选更深的颜色`,
        `colour ${colour} has a contrast of only ${ratio}:1 with white text and the white page, below the 4.5:1 WCAG AA requires; choose a darker colour`,
      ),
    });
  }
  return problems;
}
