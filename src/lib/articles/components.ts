/**
 * The guide's components an MDX article may use, and the props each takes. Props are ids and
 * plain values, never objects: staff write `<ChainMap chain="biomedicine" />`. MDX articles may
 * import nothing and run no expressions; these components are provided to every MDX article by
 * name, and `npm run check` rejects any other element, prop or id.
 */

export type ReferencedCollection = 'regions' | 'chains' | 'opportunities' | 'policies';

export type PropSpec =
  | { type: 'id'; collection: ReferencedCollection; required?: boolean; doc: string }
  | { type: 'string'; required?: boolean; doc: string }
  | { type: 'number'; required?: boolean; min: number; max: number; doc: string };

export interface ComponentSpec {
  doc: string;
  props: Record<string, PropSpec>;
  /** Exactly one of these props must be given. */
  oneOf?: string[];
  /** At most one of this component per article (it carries page-wide ids). */
  once?: boolean;
}

export const articleComponents = {
  KeyFigures: {
    doc: 'the key figures of a region, with year and source',
    props: {
      region: { type: 'id', collection: 'regions', required: true, doc: 'the region whose figures to show' },
      limit: { type: 'number', min: 1, max: 12, doc: 'show at most this many figures' },
    },
  },
  ChainMap: {
    doc: 'the industry-chain map (招商图谱) of a chain',
    props: {
      chain: { type: 'id', collection: 'chains', required: true, doc: 'the chain to draw' },
      highlight: { type: 'string', doc: 'a node id of that chain to mark' },
    },
  },
  MiniMap: {
    doc: 'a small map of a region or of an opportunity’s site',
    props: {
      region: { type: 'id', collection: 'regions', doc: 'the region to show' },
      opportunity: { type: 'id', collection: 'opportunities', doc: 'the opportunity to show' },
    },
    oneOf: ['region', 'opportunity'],
    once: true,
  },
  OpportunityList: {
    doc: 'the open opportunities of a chain and/or a region',
    props: {
      chain: { type: 'id', collection: 'chains', doc: 'only opportunities in this chain' },
      region: { type: 'id', collection: 'regions', doc: 'only opportunities in this region (or a region under it)' },
      limit: { type: 'number', min: 1, max: 24, doc: 'show at most this many' },
    },
  },
  PolicyCard: {
    doc: 'a policy’s card: title, issuer, status',
    props: {
      policy: { type: 'id', collection: 'policies', required: true, doc: 'the policy to show' },
    },
  },
} as const satisfies Record<string, ComponentSpec>;

export type ArticleComponentName = keyof typeof articleComponents;
export const articleComponentNames = Object.keys(articleComponents) as ArticleComponentName[];

export function isArticleComponent(name: string): name is ArticleComponentName {
  return Object.hasOwn(articleComponents, name);
}
