/** What the components inside an article show, chosen from the guide by the ids the article names. */
import type { Atlas, Entry } from '../atlas.ts';
import { featuredOpportunities } from '../highlights.ts';
import type { Opportunity } from '../../schemas/index.ts';

/** Open opportunities of a chain and/or region (a region includes the regions within it), featured and newest first. */
export function opportunitiesFor(atlas: Atlas, filter: { chain?: string; region?: string; limit?: number }): Entry<Opportunity>[] {
  const inRegion = filter.region === undefined ? undefined : new Set(atlas.opportunitiesInRegion(filter.region).map((entry) => entry.id));
  const ordered = featuredOpportunities(atlas, atlas.opportunities.length);
  return ordered
    .filter((entry) => filter.chain === undefined || entry.data.chain === filter.chain)
    .filter((entry) => inRegion === undefined || inRegion.has(entry.id))
    .slice(0, filter.limit ?? 6);
}
