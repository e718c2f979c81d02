/**
 * A long guide's map page: its opportunities come from the data file named by the list's
 * `data-map-points` (src/lib/map/points.ts), not from the page, which lists only the newest
 * ones. Markers and filters are made from the file's points; a point's list item (exactly like
 * the ones the page renders, MapPlaceList.astro) is made only when the list shows it or its
 * popup opens, so 10 000 points do not cost 10 000 sets of elements. The list shows the matching
 * items a page at a time behind "show more". Loaded only by such a page. Items are filled with
 * `textContent` and attributes only, so no content becomes markup.
 */
import type { FacetValues } from '../../lib/filters.ts';
import type { MapPoint, MapPoints } from '../../lib/map/points.ts';
import { listPageSize } from '../../lib/paging.ts';

/** An opportunity for the map: where and what its marker is, its facet values, and its list item. */
export interface MapOpportunity {
  /** The marker's accessible name. */
  name: string;
  lat: number;
  lng: number;
  /** Drawn at its region's centre. */
  approximate: boolean;
  values: FacetValues;
  /** Its line in the list, which its popup is made from too. */
  item: () => HTMLElement;
}

function span(text: string, attribute?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.textContent = text;
  if (attribute) element.setAttribute(attribute, '');
  return element;
}

/** The list item MapPlaceList.astro renders for a point (attributes set directly: `dataset` is slower). */
function itemFor(point: MapPoint, file: MapPoints): HTMLLIElement {
  const item = document.createElement('li');
  const attributes: [string, string | undefined][] = [
    ['data-map-place', 'opportunity'],
    ['data-filter-item', ''],
    ...file.facets.map((facet, index): [string, string] => [`data-facet-${facet}`, point.values[index] ?? '']),
    ['data-lat', String(point.lat)],
    ['data-lng', String(point.lng)],
    ['data-approximate', point.approximate ? '' : undefined],
    ['data-name', point.name],
    ['data-stage', point.stage],
    ['data-industry', point.industry],
    ['data-valid', point.valid],
    ['data-expired', point.expired ? '' : undefined],
  ];
  for (const [name, value] of attributes) if (value !== undefined) item.setAttribute(name, value);

  const link = document.createElement('a');
  link.href = point.href;
  if (point.lang) link.lang = point.lang;
  link.textContent = point.title;
  const details = span('· ');
  details.className = 'muted';
  details.append(span(point.region, 'data-place-region'), ' · ', span(point.investment, 'data-place-investment'));
  if (point.approximate) details.append(` · ${file.labels.approximateShort}`);
  item.append(link, ' ', details);
  if (point.expired) {
    const badge = span(file.labels.expired, 'data-place-expired');
    badge.className = 'map-place-expired';
    item.append(' ', badge);
  }
  return item;
}

/** Fetches the data file: every point, in the file's order, ready for the map. */
export async function loadMapOpportunities(url: string): Promise<MapOpportunity[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.url}`);
  const file = (await response.json()) as MapPoints;
  return file.points.map((point) => {
    let item: HTMLElement | undefined;
    return {
      name: point.name ?? point.title,
      lat: point.lat,
      lng: point.lng,
      approximate: point.approximate === true,
      values: Object.fromEntries(file.facets.map((facet, index) => [facet, (point.values[index] ?? '').split(' ').filter(Boolean)])),
      item: () => (item ??= itemFor(point, file)),
    };
  });
}

/** The list below the map, showing the places that match a page at a time. */
export class PointList {
  private opportunities: MapOpportunity[] = [];
  private shown = 0;
  private readonly more: HTMLElement | null;
  private readonly button: HTMLButtonElement | null;

  constructor(private readonly list: HTMLElement) {
    this.more = list.parentElement?.querySelector<HTMLElement>('[data-map-more]') ?? null;
    this.button = this.more?.querySelector('button') ?? null;
    this.button?.addEventListener('click', () => this.showMore());
    // The page's own note (only the newest are listed) no longer holds.
    const note = list.parentElement?.querySelector<HTMLElement>('[data-map-points-note]');
    if (note) note.hidden = true;
  }

  /** Lists the first page of `opportunities` (the places a filter left). */
  show(opportunities: MapOpportunity[]): void {
    this.opportunities = opportunities;
    this.shown = 0;
    this.list.replaceChildren();
    this.addPage();
  }

  private showMore(): void {
    const first = this.opportunities[this.shown];
    this.addPage();
    // The reader goes on from the first new item, not back at the top.
    first?.item().querySelector('a')?.focus();
  }

  private addPage(): void {
    const next = this.opportunities.slice(this.shown, this.shown + listPageSize);
    this.list.append(...next.map((opportunity) => opportunity.item()));
    this.shown += next.length;
    const remaining = this.opportunities.length - this.shown;
    if (this.more) this.more.hidden = remaining <= 0;
    if (this.button) this.button.textContent = (this.button.dataset.labelTemplate ?? '').replace('{remaining}', String(remaining));
  }
}
