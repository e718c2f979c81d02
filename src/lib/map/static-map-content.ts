/**
 * What a page's static map shows, taken from the content: the place's boundary and the
 * boundaries within it, its parent's boundary (a park's district), the names of these places,
 * and the page's points (opportunities by stage, plots and buildings by status). Static maps
 * have no tiles, so they are drawn in WGS-84 as stored.
 */
import type { Opportunity, Region } from '../../schemas/index.ts';
import type { Atlas, Entry } from '../atlas.ts';
import { languageTags, localize } from '../i18n.ts';
import type { Locale, RegionLevel } from '../vocabulary.ts';
import { displayArea, type AreaGeometry } from './geometry.ts';
import type { StaticArea, StaticLabel, StaticMapInput, StaticPoint } from './static-map.ts';

export interface StaticMapSources {
  /** The national outline (WGS-84). */
  outline?: AreaGeometry;
  /** Raw GeoJSON of region boundaries, by region id. */
  boundaries?: ReadonlyMap<string, unknown>;
}

/** Larger places are named before smaller ones when names would collide. */
const levelPriority: Record<RegionLevel, number> = { province: 80, city: 75, district: 65, county: 65, devzone: 55, park: 50 };
const isSite = (level: RegionLevel) => level === 'park' || level === 'devzone';

function nameOf(text: { zh: string; en?: string }, locale: Locale): { text: string; lang?: string } {
  const shown = localize(text, locale);
  return { text: shown.text, ...(shown.locale === locale ? {} : { lang: languageTags[shown.locale] }) };
}

function areaOf(region: Entry<Region>, role: StaticArea['role'], sources: StaticMapSources): StaticArea[] {
  const raw = sources.boundaries?.get(region.id);
  const area = raw === undefined ? undefined : displayArea(raw, 'wgs84');
  return area ? [{ id: region.id, role, area }] : [];
}

function regionLabel(region: Entry<Region>, locale: Locale, focus: boolean): StaticLabel {
  return {
    id: `region:${region.id}`,
    ...nameOf(region.data.name, locale),
    at: region.data.center,
    kind: focus ? 'focus' : isSite(region.data.level) ? 'park' : 'region',
    priority: focus ? 100 : levelPriority[region.data.level],
    dot: true,
  };
}

function opportunityPoint(opportunity: Entry<Opportunity>, locale: Locale): StaticPoint[] {
  const { location, stage, title } = opportunity.data;
  return location ? [{ id: `opportunity:${opportunity.id}`, kind: 'opportunity', status: stage, at: location, name: localize(title, locale).text }] : [];
}

function carriers(regions: readonly Entry<Region>[], locale: Locale): { points: StaticPoint[]; labels: StaticLabel[] } {
  const points: StaticPoint[] = [];
  const labels: StaticLabel[] = [];
  for (const region of regions) {
    region.data.carriers.forEach((carrier, index) => {
      if (!carrier.location) return;
      const id = `carrier:${region.id}:${index}`;
      const name = nameOf(carrier.name, locale);
      points.push({ id, kind: 'carrier', status: carrier.status, at: carrier.location, name: name.text });
      labels.push({ id, ...name, at: carrier.location, kind: 'carrier', priority: 30 });
    });
  }
  return { points, labels };
}

/** A region's map: the region, the places within it, its parent's boundary, its opportunities and carriers. */
export function regionStaticMap(atlas: Atlas, locale: Locale, regionId: string, sources: StaticMapSources): StaticMapInput {
  const region = atlas.regionById.get(regionId);
  if (!region) throw new Error(`no region ${regionId}`);
  const within = (parent: string): Entry<Region>[] => atlas.childRegions(parent).flatMap((child) => [child, ...within(child.id)]);
  const inside = within(regionId);
  const parent = region.data.parent ? atlas.regionById.get(region.data.parent) : undefined;
  const onOffer = carriers([region, ...inside], locale);
  return {
    outline: sources.outline,
    areas: [...(parent ? areaOf(parent, 'parent', sources) : []), ...inside.flatMap((child) => areaOf(child, 'within', sources)), ...areaOf(region, 'focus', sources)],
    labels: [regionLabel(region, locale, true), ...inside.map((child) => regionLabel(child, locale, false)), ...onOffer.labels],
    points: [...atlas.opportunitiesInRegion(regionId).filter(atlas.isCurrent).flatMap((opportunity) => opportunityPoint(opportunity, locale)), ...onOffer.points],
  };
}

/** An opportunity's map: its site with its stage, its region (name and boundary) and the region's parent's boundary. */
export function opportunityStaticMap(atlas: Atlas, locale: Locale, opportunityId: string, sources: StaticMapSources): StaticMapInput {
  const opportunity = atlas.opportunityById.get(opportunityId);
  if (!opportunity) throw new Error(`no opportunity ${opportunityId}`);
  const region = atlas.regionById.get(opportunity.data.region);
  const parent = region?.data.parent ? atlas.regionById.get(region.data.parent) : undefined;
  const point = opportunityPoint(opportunity, locale);
  return {
    outline: sources.outline,
    areas: [...(parent ? areaOf(parent, 'parent', sources) : []), ...(region ? areaOf(region, 'within', sources) : [])],
    labels: region ? [regionLabel(region, locale, false), ...(parent ? [regionLabel(parent, locale, false)] : [])] : [],
    points: point,
    // The site and its region's centre; the parent (often a whole city) only if it is drawn anyway.
    fit: [...point.map((site) => site.at), ...(region ? [region.data.center] : [])],
  };
}

/** The whole guide: every region by name, the top-level regions' boundaries, every opportunity with a site. */
export function overviewStaticMap(atlas: Atlas, locale: Locale, sources: StaticMapSources): StaticMapInput {
  return {
    outline: sources.outline,
    areas: atlas.regions.flatMap((region) => areaOf(region, region.data.parent ? 'within' : 'focus', sources)),
    labels: atlas.regions.map((region) => ({ ...regionLabel(region, locale, false), priority: levelPriority[region.data.level] - (region.data.parent ? 10 : 0) })),
    points: atlas.opportunities.filter(atlas.isCurrent).flatMap((opportunity) => opportunityPoint(opportunity, locale)),
    minSpan: 2,
  };
}
