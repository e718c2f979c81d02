/** What the content folder holds, for the editor's reference dropdowns. */
import { checkContent } from '../content/load.ts';
import type { ContentBackend } from './backend.ts';
import type { ContentIndex } from './cms-config.ts';

/** Ids and Chinese names of the entries there are; a broken file is simply not offered. */
export async function contentIndex(backend: ContentBackend): Promise<ContentIndex> {
  const [{ content }, opportunityFolders] = await Promise.all([checkContent(backend.root), backend.opportunityFolders()]);
  const named = (entries: { id: string; data: { name?: { zh: string }; title?: { zh: string } } }[]) =>
    entries.map((entry) => ({ id: entry.id, name: (entry.data.name ?? entry.data.title)?.zh ?? entry.id })).sort((a, b) => a.id.localeCompare(b.id));
  return {
    regions: named(content?.regions ?? []),
    chains: (content?.chains ?? [])
      .map((chain) => ({
        id: chain.id,
        name: chain.data.name.zh,
        nodes: chain.data.stages.flatMap((stage) => stage.nodes.map((node) => ({ id: node.id, name: node.name.zh }))),
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    industries: (content?.site.data.industries ?? []).map((industry) => ({ id: industry.id, name: industry.name.zh })),
    policies: named(content?.policies ?? []),
    opportunityFolders: opportunityFolders.length > 0 ? opportunityFolders : [''],
  };
}
