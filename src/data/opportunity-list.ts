/** The paged opportunity list's routes: its later pages and its JSON index, per language. */
import { opportunityList } from '../lib/opportunity-list.ts';
import { laterPages } from '../lib/paging.ts';
import { getAtlas } from './atlas.ts';

/** Pages 2… of the paged list in each language; none for a list that fits one page. */
export async function laterListPagePaths() {
  const atlas = await getAtlas();
  const list = opportunityList(atlas);
  if (!list.paged) return [];
  return atlas.locales.flatMap((lang) => laterPages(list.current.length).map((page) => ({ params: { lang, page: String(page) } })));
}

/** The JSON index's path per language, only for a paged list. */
export async function listIndexPaths() {
  const atlas = await getAtlas();
  return opportunityList(atlas).paged ? atlas.locales.map((lang) => ({ params: { lang } })) : [];
}
