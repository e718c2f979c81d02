/**
 * Which regions the comparison page shows, kept in the address (`?regions=jiutai,yibin`) so a
 * reload or a shared link shows the same columns. No imports: the page's small script uses it too.
 */

/** The query parameter that holds the picked regions. */
export const regionsParameter = 'regions';
/** The most columns an investor can pick; more no longer fit side by side on a laptop. */
export const maxPicked = 4;

/** The picked region ids in `search` ("?regions=a,b"): known ids only, each once, at most four. */
export function readPicked(search: string, known: readonly string[]): string[] {
  const value = new URLSearchParams(search).get(regionsParameter) ?? '';
  const picked: string[] = [];
  for (const id of value.split(',').map((part) => part.trim())) {
    if (known.includes(id) && !picked.includes(id) && picked.length < maxPicked) picked.push(id);
  }
  return picked;
}

/** `search` with the pick written in (or removed when nothing is picked), other parameters kept. */
export function writePicked(search: string, picked: readonly string[]): string {
  const parameters = new URLSearchParams(search);
  if (picked.length === 0) parameters.delete(regionsParameter);
  else parameters.set(regionsParameter, picked.join(','));
  // Commas stay readable in a shared link.
  const text = parameters.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

/** The columns to show: the picked regions, or every region while nothing is picked; in the table's order. */
export function visibleRegions(all: readonly string[], picked: readonly string[]): string[] {
  return picked.length === 0 ? [...all] : all.filter((id) => picked.includes(id));
}
