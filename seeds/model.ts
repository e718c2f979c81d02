/**
 * What the generator knows about the entries it has made, so later collections can refer to
 * earlier ones (an opportunity needs a region, a chain and a node that exist), and the shapes of
 * the files it writes, taken from the schemas themselves so a renamed field fails type-checking.
 */
import type { z } from 'astro/zod';
import type { ChainStage, NodeStatus, RegionLevel } from '../src/lib/vocabulary.ts';
import type { chainSchema } from '../src/schemas/chain.ts';
import type { opportunitySchema } from '../src/schemas/opportunity.ts';
import type { policySchema } from '../src/schemas/policy.ts';
import type { regionSchema } from '../src/schemas/region.ts';
import type { siteSchema } from '../src/schemas/site.ts';
import type { ChainTemplate, Text } from './vocab.ts';

/** The file contents as written (schema input, before defaults and transforms). */
export type SiteData = z.input<typeof siteSchema>;
export type RegionData = z.input<typeof regionSchema>;
export type ChainData = z.input<typeof chainSchema>;
export type OpportunityData = z.input<typeof opportunitySchema>;
export type PolicyData = z.input<typeof policySchema>;

export interface LatLng {
  lat: number;
  lng: number;
}

export interface RegionInfo {
  id: string;
  level: RegionLevel;
  /** Official name: 安平区 / Anping District. */
  name: Text;
  /** Name without the administrative suffix, for titles: 安平 / Anping. */
  short: Text;
  parent?: RegionInfo;
  /** The city the region lies in (itself for a city; none for the province). */
  city?: RegionInfo;
  center: LatLng;
  /** Industry ids the region concentrates on; chains and opportunities follow them. */
  focus: string[];
  /** Telephone area code of its city, e.g. 0431. */
  areaCode: string;
  /** The office that promotes investment there (招商局, 管委会 …). */
  office: Text;
}

export interface NodeInfo {
  id: string;
  /** The node's label: 正极材料 / Cathode materials. */
  name: Text;
  /** The same inside a sentence: "cathode materials". */
  phrase: Text;
  stage: ChainStage;
  status: NodeStatus;
}

export interface ChainInfo {
  id: string;
  industry: string;
  name: Text;
  template: ChainTemplate;
  regions: RegionInfo[];
  nodes: NodeInfo[];
}

/** One file of the content tree: its path relative to the content folder, and its data. */
export interface ContentFile {
  path: string;
  data: unknown;
}
