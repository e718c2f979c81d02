/**
 * Things worth fixing that do not stop the build: English still missing, entries not checked
 * for over a year, expired policies, lapsed opportunities, opportunities without a map point.
 * Reuses the same freshness and translation rules the pages use, so `check` and the site agree.
 */
import { freshness, policyStatus, staleAfterDays } from '../dates.ts';
import { isExpiredOpportunity } from '../freshness.ts';
import { mapReviewWarning } from '../map/review.ts';
import { missingEnglish } from '../translation-gaps.ts';
import { bi } from './bilingual.ts';
import type { RawProblem } from './integrity.ts';
import type { AtlasContent, ContentEntry } from './types.ts';

function fieldPath(formatted: string): (string | number)[] {
  // `stages[0].nodes[1].name` → ['stages', 0, 'nodes', 1, 'name']
  return formatted
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}

function translationWarnings(entry: ContentEntry<unknown>): RawProblem[] {
  return missingEnglish(entry.data).map((field) => ({
    file: entry.file,
    path: fieldPath(field),
    message: bi('暂无英文：英文页面将显示中文并注明“暂无英文”', 'English missing: the English page shows the Chinese with a "translation pending" notice'),
  }));
}

function staleWarning(entry: ContentEntry<{ updated: string }>, today: string): RawProblem[] {
  const { ageDays, stale } = freshness(entry.data.updated, today);
  if (!stale) return [];
  return [
    {
      file: entry.file,
      path: ['updated'],
      message: bi(
        `已有 ${ageDays} 天未更新（超过 ${staleAfterDays} 天）：请核实内容后把 updated 改为今天`,
        `not updated for ${ageDays} days (over ${staleAfterDays}): check the entry, then set updated to today`,
      ),
    },
  ];
}

/** Every warning for the content, in collection order; `today` is the build date (YYYY-MM-DD). */
export function contentWarnings(content: AtlasContent, today: string): RawProblem[] {
  const warnings: RawProblem[] = [];
  warnings.push(...translationWarnings(content.site));
  const review = mapReviewWarning({
    reviewNumber: content.site.data.map.reviewNumber,
    regionsWithBoundary: content.regions.filter((region) => region.data.boundary !== undefined).map((region) => region.id),
  });
  if (review) warnings.push({ file: content.site.file, path: content.site.data.map.reviewNumber ? ['map', 'reviewNumber'] : ['map'], message: review });
  for (const entry of [...content.regions, ...content.chains]) {
    warnings.push(...translationWarnings(entry), ...staleWarning(entry, today));
  }
  for (const entry of content.opportunities) {
    warnings.push(...translationWarnings(entry), ...staleWarning(entry, today));
    if (isExpiredOpportunity(entry.data, today)) {
      warnings.push({
        file: entry.file,
        path: ['validUntil'],
        message: bi(
          `有效期已过（${entry.data.validUntil}）：页面会标为已过期；仍有效请延长 validUntil，否则改 stage 或删除`,
          `past its validUntil date (${entry.data.validUntil}): it shows as expired; extend validUntil if it still stands, otherwise update or remove it`,
        ),
      });
    }
    if (entry.data.location === undefined) {
      warnings.push({
        file: entry.file,
        path: ['location'],
        message: bi('没有坐标：项目不会出现在地图上；请填写 location: { lat, lng }', 'no coordinates: the project will not appear on the map; add location: { lat, lng }'),
      });
    }
    if (entry.data.contact.phone === undefined) {
      warnings.push({
        file: entry.file,
        path: ['contact', 'phone'],
        message: bi('联系人没有电话：投资者最常用电话联系，请补充', 'the contact has no telephone number: investors call first, please add one'),
      });
    }
  }
  for (const entry of content.policies) {
    warnings.push(...translationWarnings(entry), ...staleWarning(entry, today));
    if (policyStatus(entry.data, today) === 'expired') {
      warnings.push({
        file: entry.file,
        path: ['expires'],
        message: bi(
          `政策已于 ${entry.data.expires} 失效：页面会标为已失效；如已延期请更新 expires，否则考虑删除`,
          `the policy expired on ${entry.data.expires}: it shows as expired; update expires if it was extended, otherwise consider removing it`,
        ),
      });
    }
  }
  for (const entry of content.articles ?? []) {
    if (entry.data.body.en === undefined) {
      const englishFile = `${entry.id}.en.${entry.data.body.zh.format}`;
      warnings.push({
        file: entry.file,
        path: [],
        message: bi(
          `暂无英文文件 ${englishFile}：英文页面将显示中文原文并注明“暂无英文”`,
          `no English file ${englishFile} yet: the English page shows the Chinese with a "translation pending" notice`,
        ),
      });
    }
    // The English file carries title and summary; other texts (cover, sources) are { zh, en } here.
    const { title: _title, summary: _summary, body: _body, ...rest } = entry.data;
    warnings.push(...translationWarnings({ ...entry, data: rest }), ...staleWarning(entry, today));
  }
  return warnings;
}
