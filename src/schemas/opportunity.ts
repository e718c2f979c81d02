/** An entry of the opportunity list (机遇清单): a project looking for an investor. */
import { z } from 'astro/zod';
import { bi } from '../lib/content/bilingual.ts';
import { cooperationModes, landUses, opportunityStages, preparationLevels } from '../lib/vocabulary.ts';
import { pipelineOrderIssues } from '../lib/pipeline.ts';
import { contact, entryId, exactDecimal, investment, isoDate, localizedText, money, point, prose, vocabulary } from './common.ts';
import { entryFields } from './entry.ts';
import { imageSet } from './image.ts';

export const opportunitySchema = z.strictObject({
  /** Project title. */
  title: localizedText,
  /** One or two sentences for cards and search results. */
  summary: localizedText,
  /** Id of the region the project is in. */
  region: entryId,
  /** Id of the industry chain the project belongs to. */
  chain: entryId.optional(),
  /** Id of the chain node the project fills (needs `chain`). */
  node: entryId.optional(),
  /** Id of the industry (from `site.yaml` → industries). */
  industry: entryId,
  /** Total investment, exact: amount and unit (亿元, 万元, 元, USD …), or `negotiable: true` (待定, 面议). */
  investment,
  /** Cooperation modes on offer: sole (独资), jv (合资), cooperation (合作), ppp, lease (租赁), franchise (特许经营), equity (股权合作). */
  cooperation: z.array(vocabulary('cooperation', cooperationModes)).min(1),
  /** Construction content (建设内容) in Markdown: what will be built, capacities, phases. */
  content: prose,
  /** Land for the project. */
  land: z
    .strictObject({
      /** Area in mu (亩). */
      area: exactDecimal(),
      /** industrial (工业), commercial (商业), mixed (综合), agricultural (农业), tourism (文旅) or infrastructure (基础设施). */
      use: vocabulary('landUse', landUses).optional(),
      /** Land status and notes, e.g. 已完成土地收储. */
      note: localizedText.optional(),
    })
    .optional(),
  /** Preparatory work (前期工作) done so far. */
  preparation: z.strictObject({
    /** concept (概念阶段), feasibility (已完成可研), approved (已立项) or shovel-ready (具备开工条件). */
    level: vocabulary('preparation', preparationLevels),
    /** Details: plans, approvals, studies completed. */
    notes: localizedText.optional(),
  }),
  /** Where the project stands: concept (谋划中), seeking (招商中), negotiating (洽谈中), signed (已签约), landed (已落地), started (已开工) or producing (已投产); from signed on it is a record, no longer on offer. */
  stage: vocabulary('opportunityStage', opportunityStages),
  /** The project's dated history, oldest first: each stage it reached and when (no date in the future, no stage going back). */
  milestones: z
    .array(
      z.strictObject({
        /** The stage reached: negotiating (洽谈中), signed (已签约), landed (已落地), started (已开工), producing (已投产) … */
        stage: vocabulary('opportunityStage', opportunityStages),
        /** The day it was reached. */
        date: isoDate,
        /** Money named at that step, exact: e.g. the amount of a framework agreement or of the first phase. */
        amount: money.optional(),
        /** What happened, e.g. 在长春签约 / signed at the Changchun investment fair. */
        note: localizedText.optional(),
      }),
    )
    .optional(),
  /** Amount of the signed contract (签约金额), exact; counted in the year and quarter of the first milestone at signed or later. */
  signedAmount: money.optional(),
  /** Funds in place (到位资金): each payment or reported amount with the date it arrived, oldest first; dashboards add them up by year and quarter. */
  fundsInPlace: z
    .array(
      z.strictObject({
        /** The day the money was in place (for a reported period, its last day). */
        date: isoDate,
        /** The amount, exact. */
        amount: money,
        /** Where the figure comes from or what it covers. */
        note: localizedText.optional(),
      }),
    )
    .optional(),
  /** Expected returns: output value, tax, jobs. */
  returns: localizedText.optional(),
  /** Who to call about this project. */
  contact,
  /** The list it was published in, e.g. 2024年第一批机遇清单. */
  batch: localizedText.optional(),
  /** Date the entry was published. */
  published: isoDate,
  /** Last day the offer stands; after it the entry is marked as expired. */
  validUntil: isoDate.optional(),
  /** Project site, for maps. */
  location: point.optional(),
  /** Shown first on the home page and in the expo kiosk. */
  featured: z.boolean().default(false),
  /** Pictures of the site or the project: a cover for its page, card and kiosk slide, more for a gallery. */
  images: imageSet.optional(),
  ...entryFields,
}).superRefine((opportunity, context) => {
  if (opportunity.validUntil !== undefined && opportunity.validUntil < opportunity.published) {
    context.addIssue({
      code: 'custom',
      path: ['validUntil'],
      message: bi('有效期不能早于发布日期', 'cannot be earlier than the publication date'),
    });
  }
  for (const issue of pipelineOrderIssues(opportunity)) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export type Opportunity = z.infer<typeof opportunitySchema>;
