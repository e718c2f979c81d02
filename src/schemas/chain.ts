/** An industry chain (产业链) and its 招商图谱: stages, nodes, local strength, enterprises and targets. */
import { z } from 'astro/zod';
import { chainStages, chainStrategies, nodeStatuses } from '../lib/vocabulary.ts';
import { entryId, localizedText, prose, vocabulary } from './common.ts';
import { entryFields } from './entry.ts';
import { imageSet } from './image.ts';

/** A local enterprise on a chain node. */
export const enterprise = z.strictObject({
  /** Company name. */
  name: localizedText,
  /** What it makes or does on this node. */
  role: localizedText.optional(),
  /** Chain leader (链主): the anchor firm the chain is built around. */
  leader: z.boolean().default(false),
  /** Listed on a stock exchange. */
  listed: z.boolean().default(false),
  /** Recognised as 专精特新 (specialised, refined, distinctive, innovative). */
  specialized: z.boolean().default(false),
  /** Id of the region it is located in. */
  region: entryId.optional(),
});

/** A company the locality wants to attract to a node. */
export const target = z.strictObject({
  /** Company or company type. */
  name: localizedText,
  /** Why it fits. */
  reason: localizedText.optional(),
});

/** One link of the chain. */
export const chainNode = z.strictObject({
  /** Id, unique within the chain; opportunities name it in `node`. */
  id: entryId,
  /** Name of the link, e.g. 制药用水设备. */
  name: localizedText,
  /** Local strength: strong (优势), present (具备), weak (薄弱) or gap (缺失, a 补链 target). */
  status: vocabulary('nodeStatus', nodeStatuses),
  /** What the locality does about it: strengthen (强链), fill (补链) or extend (延链). */
  strategy: vocabulary('chainStrategy', chainStrategies).optional(),
  /** A sentence on the node. */
  description: localizedText.optional(),
  /** Local enterprises working on this node. */
  enterprises: z.array(enterprise).default([]),
  /** Companies the locality wants to attract here. */
  targets: z.array(target).default([]),
});

/** A stage of the chain with its nodes. */
export const chainStageSchema = z.strictObject({
  /** upstream (上游), midstream (中游), downstream (下游) or services (配套服务). */
  stage: vocabulary('chainStage', chainStages),
  /** A name for the stage when the default (上游 …) does not fit. */
  name: localizedText.optional(),
  /** The links of this stage, in display order. */
  nodes: z.array(chainNode).min(1),
});

/** A connection between two nodes; without edges each stage feeds the next. */
export const chainEdge = z.strictObject({
  /** Id of the supplying node. */
  from: entryId,
  /** Id of the receiving node. */
  to: entryId,
});

export const chainSchema = z.strictObject({
  /** Chain name, e.g. 生物医药产业链. */
  name: localizedText,
  /** One or two sentences for cards. */
  summary: localizedText,
  /** Longer description in Markdown. */
  description: prose.optional(),
  /** Id of the industry (from `site.yaml` → industries) the chain belongs to. */
  industry: entryId,
  /** Ids of the regions where the chain is developed. */
  regions: z.array(entryId).default([]),
  /** Stages from upstream to downstream, each with its nodes. */
  stages: z.array(chainStageSchema).min(1),
  /** Optional explicit connections between nodes. */
  edges: z.array(chainEdge).default([]),
  /** Pictures of the chain's plants and products: a cover for its page and card, more for a gallery. */
  images: imageSet.optional(),
  ...entryFields,
});

export type Chain = z.infer<typeof chainSchema>;
export type ChainNode = z.infer<typeof chainNode>;
export type Enterprise = z.infer<typeof enterprise>;
