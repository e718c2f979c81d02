/** Who an investor should call about a place: its own contacts, else the nearest region above it, else the agency. */
import type { Atlas } from './atlas.ts';
import type { Site } from '../schemas/index.ts';

export function contactsFor(atlas: Atlas, regionId: string): Site['contacts'] {
  for (const id of atlas.lineage(regionId)) {
    const contacts = atlas.regionById.get(id)?.data.contacts ?? [];
    if (contacts.length > 0) return contacts;
  }
  return atlas.site.contacts;
}
