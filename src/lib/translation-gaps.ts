/** Which localised fields have Chinese but no English yet: the translation-coverage report. */
import { displayPath } from './content/files.ts';
import type { AtlasContent, ContentEntry } from './content/types.ts';
import { formatPath, type FieldPath } from './content/problems.ts';

export interface TranslationGap {
  collection: 'site' | 'regions' | 'chains' | 'opportunities' | 'policies' | 'articles';
  id: string;
  file: string;
  /** Paths of the fields missing English, e.g. `title`, `stages[0].nodes[1].name`. */
  fields: string[];
}

function isLocalized(value: unknown): value is { zh: string; en?: string } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { zh?: unknown }).zh === 'string';
}

/** Paths of every `{ zh }` object without `en` inside a value. */
export function missingEnglish(value: unknown, path: FieldPath = []): string[] {
  if (isLocalized(value)) return value.en === undefined ? [formatPath(path)] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => missingEnglish(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => missingEnglish(item, [...path, key]));
  }
  return [];
}

export function translationGaps(content: AtlasContent): TranslationGap[] {
  const collections: [TranslationGap['collection'], ContentEntry<unknown>[]][] = [
    ['site', [content.site]],
    ['regions', content.regions],
    ['chains', content.chains],
    ['opportunities', content.opportunities],
    ['policies', content.policies],
  ];
  const gaps: TranslationGap[] = collections.flatMap(([collection, entries]) =>
    entries.flatMap((entry) => {
      const fields = missingEnglish(entry.data);
      return fields.length > 0 ? [{ collection, id: entry.id, file: displayPath(entry.file), fields }] : [];
    }),
  );
  // An article without its English file misses its title, summary and body at once.
  for (const entry of content.articles ?? []) {
    const { body, ...facts } = entry.data;
    const fields = [...missingEnglish(facts), ...(body.en === undefined ? ['body'] : [])];
    if (fields.length > 0) gaps.push({ collection: 'articles', id: entry.id, file: displayPath(entry.file), fields });
  }
  return gaps;
}
