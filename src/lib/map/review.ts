/**
 * Map review (审图号): maps published in China that show national or provincial borders must be
 * reviewed and carry their review number. The guide's own maps draw the national outline (the
 * offline basemap, printed and static maps, the kiosk) and any region boundary files, so a guide
 * without `map.reviewNumber` is warned, naming what its maps draw.
 */
import { bi, type Bilingual } from '../content/bilingual.ts';

export interface ReviewInput {
  /** `map.reviewNumber` from site.yaml. */
  reviewNumber?: string;
  /** Ids of regions that have a boundary file. */
  regionsWithBoundary: readonly string[];
}

/** What the guide's maps draw that needs review: always the national outline, and any boundaries. */
export function reviewedFeatures(input: ReviewInput): Bilingual {
  const count = input.regionsWithBoundary.length;
  const outline = { zh: '国界轮廓（离线底图、打印地图、静态地图和展会模式）', en: 'the national outline (offline basemap, printed and static maps, the kiosk)' };
  if (count === 0) return outline;
  return { zh: `${outline.zh}和 ${count} 个地区的边界文件`, en: `${outline.en} and ${count} region boundary file${count === 1 ? '' : 's'}` };
}

/** The warning for site.yaml (both languages, packed by `bi`), or undefined when a real number is set. */
export function mapReviewWarning(input: ReviewInput): string | undefined {
  const number = input.reviewNumber?.trim();
  const what = reviewedFeatures(input);
  if (!number) {
    return bi(
      `没有审图号（map.reviewNumber）：本指南的地图显示${what.zh}，公开发布前须经地图审核，并在 site.yaml 中填写审图号`,
      `no map review number (map.reviewNumber): the guide's maps show ${what.en}; have them reviewed before publishing in China and set the number in site.yaml`,
    );
  }
  if (/示例|sample|^GS\W*0+\W*0+/i.test(number)) {
    return bi(
      `审图号“${number}”是示例：正式发布前请换成地图审核批准的审图号`,
      `the map review number "${number}" is a sample: replace it with the number the map review gave before publishing`,
    );
  }
  return undefined;
}
