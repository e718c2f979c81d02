/** The schema of each collection, by collection name. */
import { chainSchema } from './chain.ts';
import { opportunitySchema } from './opportunity.ts';
import { policySchema } from './policy.ts';
import { regionSchema } from './region.ts';
import { siteSchema } from './site.ts';

export const collectionSchemas = {
  site: siteSchema,
  regions: regionSchema,
  chains: chainSchema,
  opportunities: opportunitySchema,
  policies: policySchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];

export type { Chain, ChainNode, Enterprise } from './chain.ts';
export type { Opportunity } from './opportunity.ts';
export type { Policy } from './policy.ts';
export type { Region, Carrier } from './region.ts';
export type { Site } from './site.ts';
export type { Figure, LocalizedText } from './common.ts';
