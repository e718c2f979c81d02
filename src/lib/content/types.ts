/** The validated content of a guide, as the build and the tests see it. */
import type { Chain, Opportunity, Policy, Region, Site } from '../../schemas/index.ts';

/** One validated entry and the file it came from. */
export interface ContentEntry<Data> {
  /** File name without extension; unique within its collection. */
  id: string;
  /** Absolute path of the source file. */
  file: string;
  data: Data;
}

export interface AtlasContent {
  /** Absolute path of the content folder. */
  root: string;
  site: ContentEntry<Site>;
  regions: ContentEntry<Region>[];
  chains: ContentEntry<Chain>[];
  opportunities: ContentEntry<Opportunity>[];
  policies: ContentEntry<Policy>[];
}
