/**
 * `import-synonyms.yaml` in the content folder: the words 机遇清单 spreadsheets use for the guide's
 * industries, cooperation modes and land uses. Each key is the guide's own term (an id, or its
 * Chinese name or label); its value lists the words that mean it.
 */
import { z } from 'astro/zod';
import { bi } from '../lib/content/bilingual.ts';

/** One word, or a list of words, as written in spreadsheets. */
const words = z
  .union([z.string().trim().min(1), z.array(z.string().trim().min(1, { error: bi('不能是空词', 'must not be an empty word') })).min(1)], {
    error: bi('应为一个词或词的列表，如 [文化旅游, 文旅]', 'must be a word or a list of words, e.g. [文化旅游, 文旅]'),
  })
  .transform((value) => (typeof value === 'string' ? [value] : value));

export const importSynonymsSchema = z.strictObject({
  /** Industry of site.yaml (its id or Chinese name) → the words spreadsheets use for it, e.g. 文旅康养: [文化旅游, 文旅]. */
  industries: z.record(z.string().trim().min(1), words).default({}),
  /** Cooperation mode (sole, jv, cooperation, ppp, lease, franchise, equity, or 独资, 合资 …) → words, e.g. jv: [中外合资经营]. */
  cooperation: z.record(z.string().trim().min(1), words).default({}),
  /** Land use (industrial, commercial, mixed, agricultural, tourism, infrastructure, or 工业, 商业 …) → words, e.g. industrial: [工业用地]. */
  landUses: z.record(z.string().trim().min(1), words).default({}),
});

export type ImportSynonyms = z.output<typeof importSynonymsSchema>;
