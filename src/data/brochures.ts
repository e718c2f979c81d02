/** Brochure routes: built only when `npm run brochure` asks for them, so `npm run build` stays as fast as before. */
import { brochuresRequested } from '../lib/brochure/plan.ts';
import { entryPaths, localePaths } from './routes.ts';
import type { Atlas, Entry } from '../lib/atlas.ts';

export function brochuresWanted(): boolean {
  return brochuresRequested(process.env);
}

export async function brochureEntryPaths<Data>(pick: (atlas: Atlas) => Entry<Data>[]) {
  return brochuresWanted() ? entryPaths(pick) : [];
}

export function brochureLocalePaths() {
  return brochuresWanted() ? localePaths() : [];
}
