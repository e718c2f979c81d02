/**
 * The sections of a brochure, in print order. Each starts a sheet, has an anchor and a heading,
 * and is one line of the contents. The pages choose which sections a brochure has; the order
 * within every brochure is the same: what the place or chain is, its chain maps, its open
 * projects, the policies that apply, whom to call.
 */
import type { Atlas, Entry } from '../atlas.ts';
import type { Opportunity, Policy } from '../../schemas/index.ts';

export type SectionKind = 'guide' | 'region' | 'chain-overview' | 'chain-map' | 'opportunity' | 'policies' | 'contacts';

export interface BrochureSection {
  kind: SectionKind;
  /** The section's anchor, unique in the brochure. */
  id: string;
  /** Its heading, which is also its line in the contents. */
  title: string;
  /** The region, chain or opportunity it shows. */
  entryId?: string;
}

export function brochureSection(kind: SectionKind, title: string, entryId?: string): BrochureSection {
  return { kind, id: entryId ? `${kind}-${entryId}` : kind, title, ...(entryId ? { entryId } : {}) };
}

/** The projects a brochure offers: open ones only (not signed, not past their validity). */
export function openOpportunities(atlas: Atlas, opportunities: readonly Entry<Opportunity>[]): Entry<Opportunity>[] {
  return opportunities.filter(atlas.isOpen);
}

/** Policies worth printing: in force or upcoming, never expired ones. */
export function currentPolicies(atlas: Atlas, policies: readonly Entry<Policy>[]): Entry<Policy>[] {
  return policies.filter((policy) => atlas.statusOf(policy) !== 'expired');
}
