/**
 * The guide's own corrections to the Traditional Chinese conversion (`zh-hant-overrides.yaml` in
 * the content folder): names and terms OpenCC gets wrong, e.g. 九台区 must stay 九台區, not 九臺區.
 * Each term is written as the Chinese content spells it; wherever it appears, the Traditional
 * edition shows the given text instead of OpenCC's.
 */
import { z } from 'astro/zod';
import { bi } from '../lib/content/bilingual.ts';

const han = /\p{Script=Han}/u;

export const zhHantOverridesSchema = z.strictObject({
  /** Simplified term as written in the content → the Traditional text the edition shows, e.g. 九台区: 九台區. */
  terms: z
    .record(
      z
        .string()
        .trim()
        .regex(han, { error: bi('要替换的词应含汉字，照中文内容的写法', 'a term must contain Chinese characters, spelled as in the Chinese content') }),
      z.string().trim().min(1, { error: bi('繁体写法不能为空', 'the Traditional text must not be empty') }),
    )
    .default({}),
});

export type ZhHantOverrides = z.infer<typeof zhHantOverridesSchema>;
