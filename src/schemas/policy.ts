/** A policy document of the incentive compilation (优惠政策汇编). */
import { z } from 'astro/zod';
import { bi } from '../lib/content/bilingual.ts';
import { firmTypes, measureCategories, policyLevels } from '../lib/vocabulary.ts';
import { contact, entryId, exactDecimal, isoDate, localizedText, money, prose, vocabulary } from './common.ts';
import { entryFields } from './entry.ts';

/** One concrete benefit of the policy. */
export const measure = z.strictObject({
  /** land (用地), tax (税收), subsidy (奖励补贴), finance (金融支持), talent (人才), rent (租金减免), factors (要素保障) or service (服务保障). */
  category: vocabulary('measure', measureCategories),
  /** What the investor gets. */
  benefit: localizedText,
  /** A rate in percent, where the benefit is one (e.g. 50 for a 50% rebate). */
  rate: exactDecimal().optional(),
  /** The most a single firm can receive. */
  cap: money.optional(),
  /** Who qualifies: investment size, output, jobs. */
  threshold: localizedText.optional(),
});

export const policySchema = z
  .strictObject({
    /** Title of the document. */
    title: localizedText,
    /** Issuing authority (发文机关). */
    issuer: localizedText,
    /** Document number (文号), e.g. 九政发〔2024〕3号. */
    documentNumber: z.string().trim().min(1).optional(),
    /** national (国家级), provincial (省级), municipal (市级) or county (区县级). */
    level: vocabulary('policyLevel', policyLevels),
    /** Date issued. */
    issued: isoDate,
    /** Date it takes effect (defaults to the issue date; may be earlier for retroactive measures). */
    effective: isoDate.optional(),
    /** Date it expires; past it the policy shows as expired. */
    expires: isoDate.optional(),
    /** One or two sentences on what it offers. */
    summary: localizedText,
    /** Ids of the chains it applies to (empty: all). */
    chains: z.array(entryId).default([]),
    /** Ids of the regions it applies to (empty: the whole guide). */
    regions: z.array(entryId).default([]),
    /** Ids of the industries it applies to (empty: all). */
    industries: z.array(entryId).default([]),
    /** Kinds of firm that qualify: all, sme, high-tech, specialized, foreign, headquarters, startup, listed. */
    firmTypes: z.array(vocabulary('firmType', firmTypes)).default(['all']),
    /** The concrete benefits. */
    measures: z.array(measure).min(1),
    /** How to apply, in Markdown: documents, office, deadlines. */
    howToApply: prose,
    /** Link to the original document. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Who answers questions about it. */
    contact: contact.optional(),
    ...entryFields,
  })
  .superRefine((policy, context) => {
    // `effective` may precede `issued`: tax announcements often apply retroactively.
    const effective = policy.effective ?? policy.issued;
    if (policy.expires !== undefined && policy.expires < effective) {
      context.addIssue({
        code: 'custom',
        path: ['expires'],
        message: bi('失效日期不能早于生效日期', 'cannot be earlier than the effective date'),
      });
    }
  })
  .transform((policy) => ({ ...policy, effective: policy.effective ?? policy.issued }));

export type Policy = z.infer<typeof policySchema>;
