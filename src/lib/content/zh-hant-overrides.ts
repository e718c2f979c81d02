/**
 * Loads the optional override dictionary of the Traditional Chinese edition
 * (`zh-hant-overrides.yaml`) and checks that every replacement is really Traditional: a value with
 * a Simplified-only character would put Simplified text into the edition it is meant to fix.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { zhHantOverridesSchema, type ZhHantOverrides } from '../../schemas/zh-hant-overrides.ts';
import { simplifiedOnlyCharacters } from '../chinese-script/simplified-only.ts';
import type { ChineseStandard } from '../vocabulary.ts';
import { bi } from './bilingual.ts';
import type { RawProblem } from './integrity.ts';
import type { ContentProblem } from './problems.ts';
import type { ContentEntry } from './types.ts';
import { validateFile } from './validate.ts';

export const zhHantOverridesFile = 'zh-hant-overrides.yaml';

export async function loadZhHantOverrides(root: string, unsavedText?: string | null): Promise<{ entry?: ContentEntry<ZhHantOverrides>; problems: ContentProblem[] }> {
  const file = path.join(root, zhHantOverridesFile);
  if (unsavedText === null) return { problems: [] };
  const present = unsavedText !== undefined || (await access(file).then(() => true, () => false));
  if (!present) return { problems: [] };
  const result = await validateFile(file, zhHantOverridesSchema, unsavedText);
  return result.entry ? { entry: result.entry, problems: [] } : { problems: result.problems };
}

/** Replacements that still contain Simplified-only characters, as problems at their field. */
export function checkZhHantOverrides(entry: ContentEntry<ZhHantOverrides> | undefined, standard: ChineseStandard): RawProblem[] {
  if (!entry) return [];
  return Object.entries(entry.data.terms).flatMap(([term, replacement]) => {
    const simplified = simplifiedOnlyCharacters(replacement, standard);
    if (simplified.length === 0) return [];
    return [
      {
        file: entry.file,
        path: ['terms', term],
        message: bi(`"${replacement}" 含有简体字 ${simplified.join('、')}：请写繁体`, `"${replacement}" contains Simplified-only characters ${simplified.join(', ')}: write it in Traditional`),
      },
    ];
  });
}
