/** What the home page and kiosk put first. */
import type { Atlas, Entry } from './atlas.ts';
import type { Opportunity, Policy } from '../schemas/index.ts';
import { newestFirst } from './order.ts';

/** Featured opportunities first, then the others, each group newest first. */
export function featuredFirst(opportunities: readonly Entry<Opportunity>[]): Entry<Opportunity>[] {
  const featured = opportunities.filter((entry) => entry.data.featured).sort(newestFirst);
  const rest = opportunities.filter((entry) => !entry.data.featured).sort(newestFirst);
  return [...featured, ...rest];
}

/** Featured open opportunities first, then the newest open ones, up to `limit`. */
export function featuredOpportunities(atlas: Atlas, limit: number): Entry<Opportunity>[] {
  return featuredFirst(atlas.opportunities.filter(atlas.isOpen)).slice(0, limit);
}

/** Policies in force, most recently issued first. */
export function latestPolicies(atlas: Atlas, limit: number): Entry<Policy>[] {
  return atlas.policies
    .filter((policy) => atlas.statusOf(policy) === 'in-force')
    .sort((a, b) => b.data.issued.localeCompare(a.data.issued) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
