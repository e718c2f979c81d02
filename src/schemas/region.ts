/** A region of the guide: a city, district, county, development zone or industrial park. */
import { z } from 'astro/zod';
import { bi } from '../lib/content/bilingual.ts';
import { areaUnits, carrierKinds, carrierStatuses, infrastructureKinds, regionLevels } from '../lib/vocabulary.ts';
import { contact, entryId, exactDecimal, figure, localizedText, point, prose, vocabulary } from './common.ts';
import { costFigures } from './costs.ts';
import { entryFields } from './entry.ts';
import { imageSet } from './image.ts';

/** Land or floor space on offer (标准地, 厂房, 楼宇). */
export const carrier = z.strictObject({
  /** standard-land (标准地), factory (标准厂房), office (楼宇) or warehouse (仓储). */
  kind: vocabulary('carrierKind', carrierKinds),
  /** Name of the plot or building. */
  name: localizedText,
  /** Size of what is on offer. */
  area: z.strictObject({
    /** Size, exact. */
    value: exactDecimal(),
    /** mu (亩), sqm (平方米) or sqkm (平方公里). */
    unit: vocabulary('areaUnit', areaUnits),
  }),
  /** available (可供), building (在建) or reserved (预留). */
  status: vocabulary('carrierStatus', carrierStatuses).default('available'),
  /** Price or rent as text, e.g. 工业用地挂牌价 19.2 万元/亩. */
  price: localizedText.optional(),
  /** Where it is. */
  location: point.optional(),
  /** Anything else an investor should know. */
  note: localizedText.optional(),
  /** Pictures of the plot or building. */
  images: imageSet.optional(),
});

/** A line on utilities or transport. */
export const infrastructure = z.strictObject({
  /** power, water, gas, heat, rail, road, airport, port, logistics or broadband. */
  kind: vocabulary('infrastructure', infrastructureKinds),
  /** What is available, with capacities and distances. */
  text: localizedText,
});

export const regionSchema = z.strictObject({
  /** Official name, e.g. 九台区 / Jiutai District. */
  name: localizedText,
  /** province (省), city (市), district (区), county (县), devzone (开发区) or park (园区). */
  level: vocabulary('regionLevel', regionLevels),
  /** Id of the region this one belongs to (a park's district, a district's city). */
  parent: entryId.optional(),
  /** Centre point for maps and distance. */
  center: point,
  /** Path (inside the content folder) of a GeoJSON file with the region's boundary. */
  boundary: z.string().regex(/\.geojson$/, { error: bi('应为以 .geojson 结尾的文件路径', 'must be a path ending in .geojson') }).optional(),
  /** One or two sentences for cards and search results. */
  summary: localizedText,
  /** Longer introduction in Markdown. */
  description: prose.optional(),
  /** Headline figures with their year and source. */
  keyFigures: z.array(figure).default([]),
  /** Ids of the industry chains the region leads in. */
  leadingChains: z.array(entryId).default([]),
  /** Land and floor space on offer. */
  carriers: z.array(carrier).default([]),
  /** Utilities and transport. */
  infrastructure: z.array(infrastructure).default([]),
  /** Cost of doing business (营商成本): land, rent, utilities, wages, tax, distances; dated and sourced. */
  costs: costFigures,
  /** Named contacts for investors. */
  contacts: z.array(contact).default([]),
  /** Pictures of the region's parks and plants: a cover for its page, card and kiosk slide, a gallery on its page. */
  images: imageSet.optional(),
  ...entryFields,
});

export type Region = z.infer<typeof regionSchema>;
export type Carrier = z.infer<typeof carrier>;
export type { CostFigure } from './costs.ts';
