/** The validated content of a guide, as the build and the tests see it. */
import type { ArticleData } from '../../schemas/article.ts';
import type { Chain, Opportunity, Policy, Region, Site } from '../../schemas/index.ts';
import type { ZhHantOverrides } from '../../schemas/zh-hant-overrides.ts';

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
  /** Articles by id; `file` is the Chinese file, the English one (if any) is named in `data.body.en`. */
  articles: ContentEntry<ArticleData>[];
  /** The Traditional edition's corrections to the conversion (zh-hant-overrides.yaml), when the guide has them. */
  zhHantOverrides?: ContentEntry<ZhHantOverrides>;
}
