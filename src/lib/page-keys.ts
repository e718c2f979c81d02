/**
 * Keys for Astro's incremental build: a page whose key and code are those of the last build is
 * copied from it instead of being rendered again. A key must therefore change whenever anything the
 * page shows changes, and a missed input leaves a stale page; so a key is built from wide inputs.
 *
 * An opportunity page shows its own entry; the guide around it (site settings, regions, chains,
 * policies, articles, pictures and boundary files, the build's day, which moves "updated N days
 * ago" and every expiry, and the bundled styles and scripts it links); and, of the other
 * opportunities, only how many open ones sit on each node of its chain (the chain diagram's
 * counts). Its key is made of exactly those. Astro adds the page's own code to it.
 */
import { createHash } from 'node:crypto';
import type { Atlas, Entry } from './atlas.ts';
import type { StoredCollections } from './stored-entries.ts';
import type { Opportunity } from '../schemas/index.ts';

const digest = (parts: readonly string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('base64url');

/** An entry's stored digest, or its data when no loader gave it one (then the key still follows every change). */
const entryDigest = (entry: { id: string; digest?: string | number; data?: unknown }): string =>
  entry.digest !== undefined && entry.digest !== '' ? `${entry.id}:${entry.digest}` : `${entry.id}=${JSON.stringify(entry.data)}`;

export interface GuideKeyInput {
  /** The collections every page may show, each entry with the digest its loader stored. */
  collections: StoredCollections;
  /** The build's day (`ATLAS_TODAY` or today). */
  today: string;
  /** Name, size and modification time of each content file that is not an entry (pictures, boundaries, basemaps). */
  files: readonly string[];
  /** Settings read from the environment that change pages (map tile key, card fonts …), as `NAME=value`. */
  settings: readonly string[];
  /** The build's bundled styles and scripts by name: a page links them, and a name changes with its content. */
  assets: readonly string[];
}

/** One key for everything a page may show apart from the entries of its own collection. */
export function guideKey(input: GuideKeyInput): string {
  const parts = [`today=${input.today}`, ...input.settings, '#files', ...input.files, '#assets', ...input.assets];
  for (const name of Object.keys(input.collections).sort()) {
    parts.push(`#${name}`, ...input.collections[name].map(entryDigest));
  }
  return digest(parts);
}

/** Open opportunities on each node of a chain: what its diagram counts. */
export function chainCounts(atlas: Atlas, chainId: string | undefined): string {
  const chain = chainId === undefined ? undefined : atlas.chainById.get(chainId);
  if (!chain) return '';
  return chain.data.stages
    .flatMap((stage) => stage.nodes.map((node) => `${node.id}:${atlas.opportunitiesOnNode(chain.id, node.id).filter(atlas.isOpen).length}`))
    .join(',');
}

/** The key of an opportunity's pages: the guide, the entry itself and its chain's counts. */
export function opportunityPageKey(guide: string, atlas: Atlas, entry: Entry<Opportunity> & { digest?: string | number }): string {
  return digest([guide, entryDigest(entry), chainCounts(atlas, entry.data.chain)]);
}
