/**
 * What a map shows: its places (opportunities, regions, parks) with everything the marker, the
 * popup, the filters and the plain list beside the map need. One builder serves the map page and
 * the small maps on region and opportunity pages, so the list and the map always agree.
 */
import type { Opportunity, Region } from '../../schemas/index.ts';
import type { Atlas, Entry } from '../atlas.ts';
import { opportunityFacetValues } from '../facets.ts';
import type { FacetValues } from '../filters.ts';
import { formatDate } from '../dates.ts';
import { isExpiredOpportunity } from '../freshness.ts';
import { formatFigure } from '../figures.ts';
import { label, languageTags, localize, plain } from '../i18n.ts';
import { formatInvestment } from '../investment.ts';
import { entryPath } from '../paths.ts';
import { writtenLocale, type CarrierStatus, type Locale, type RegionLevel } from '../vocabulary.ts';
import { areaPoints, boundsOf, displayArea, displayPoint, type AreaGeometry, type Bounds } from './geometry.ts';
import type { DisplayCrs } from './providers.ts';

/** The layers a reader can switch on and off. */
export const mapLayers = ['opportunities', 'regions', 'parks', 'carriers'] as const;
export type MapLayer = (typeof mapLayers)[number];
export type RegionLayer = Exclude<MapLayer, 'opportunities' | 'carriers'>;

/** Which names a map writes first when not all fit: larger areas before smaller ones. */
const labelPriority: Record<RegionLevel, number> = { province: 6, city: 5, district: 4, county: 4, devzone: 3, park: 2 };

/** The opportunity list's facets that the map offers: same names, same values, same URL parameters. */
export const mapFacetNames = ['region', 'chain', 'industry', 'band', 'expired'] as const;

/** Development zones and parks are sites an investor can move into; the rest are administrative areas. */
export function regionLayer(level: RegionLevel): RegionLayer {
  return level === 'park' || level === 'devzone' ? 'parks' : 'regions';
}

interface PlaceCommon {
  id: string;
  /** The marker's accessible name, unique on its map. */
  name: string;
  /** Link to the place's page in the map's language. */
  href: string;
  /** Where the marker is drawn, in the map's coordinate system. */
  lat: number;
  lng: number;
  /** `lang` of the shown name when it falls back to Chinese on an English page. */
  lang?: string;
}

export interface OpportunityPlace extends PlaceCommon {
  kind: 'opportunity';
  title: string;
  regionName: string;
  investment: string;
  /** Stage, industry and validity, in the page language, for the popup. */
  stage: string;
  industry: string;
  /** "Valid until" date, when the entry has one. */
  validUntil?: string;
  /** True when the valid-until date has passed (an offer still open by stage). */
  expired: boolean;
  /** True for a current offer (open stage, not expired); the map shows only these by default. */
  open: boolean;
  /** False when the opportunity has no site coordinates and is drawn at its region's centre. */
  exact: boolean;
  /** The map's facets, exactly as the opportunity list computes them. */
  facets: FacetValues;
}

export interface RegionPlace extends PlaceCommon {
  kind: 'region';
  label: string;
  level: RegionLevel;
  levelLabel: string;
  layer: RegionLayer;
  /** How early its name is placed when names compete for space (higher first). */
  priority: number;
  /** Its first key figure, "label: value", for the popup. */
  figure?: string;
  /** The boundary, when the region has a boundary file. */
  area?: AreaGeometry;
}

/** A plot or building on offer (标准地, 厂房, 楼宇) that has its own location. */
export interface CarrierPlace extends PlaceCommon {
  kind: 'carrier';
  title: string;
  status: CarrierStatus;
  statusLabel: string;
  kindLabel: string;
  regionName: string;
}

export interface MapPlaces {
  opportunities: OpportunityPlace[];
  regions: RegionPlace[];
  /** Land and buildings with a location, of the regions on the map. */
  carriers: CarrierPlace[];
  /** Box around every place and boundary; undefined for an empty map. */
  bounds?: Bounds;
}

export interface MapPlacesOptions {
  crs: DisplayCrs;
  /** The site's base path. */
  base?: string;
  /** Raw GeoJSON of region boundaries, by region id. */
  boundaries?: ReadonlyMap<string, unknown>;
}

/**
 * Makes names unique: a name used more than once gets its qualifier (the region, the parent
 * region) in brackets, and a number if that is still not enough.
 */
export function uniqueNames(entries: readonly { name: string; qualifier?: string }[], locale: Locale): string[] {
  const bracket = (text: string) => (writtenLocale(locale) === 'zh' ? `（${text}）` : ` (${text})`);
  const count = (names: string[]) => names.reduce((map, name) => map.set(name, (map.get(name) ?? 0) + 1), new Map<string, number>());
  const first = entries.map((entry) => entry.name);
  const firstCounts = count(first);
  const qualified = entries.map((entry, index) =>
    firstCounts.get(first[index])! > 1 && entry.qualifier ? `${entry.name}${bracket(entry.qualifier)}` : first[index],
  );
  const qualifiedCounts = count(qualified);
  const seen = new Map<string, number>();
  return qualified.map((name) => {
    if (qualifiedCounts.get(name)! === 1) return name;
    const index = (seen.get(name) ?? 0) + 1;
    seen.set(name, index);
    return index === 1 ? name : `${name} ${index}`;
  });
}

function pick(values: FacetValues, names: readonly string[]): FacetValues {
  return Object.fromEntries(names.map((name) => [name, values[name] ?? []]));
}

/** The places of one map, in the order given. */
export function mapPlaces(
  atlas: Atlas,
  locale: Locale,
  items: { regions: readonly Entry<Region>[]; opportunities: readonly Entry<Opportunity>[] },
  options: MapPlacesOptions,
): MapPlaces {
  const base = options.base ?? '/';
  const langOf = (result: { locale: Locale }) => (result.locale === locale ? undefined : languageTags[result.locale]);
  const regionName = (id: string) => {
    const region = atlas.regionById.get(id);
    return region ? localize(region.data.name, locale).text : id;
  };

  const regions = items.regions.map((region) => {
    const name = localize(region.data.name, locale);
    const raw = options.boundaries?.get(region.id);
    const area = raw === undefined ? undefined : displayArea(raw, options.crs);
    const first = region.data.keyFigures[0];
    const figure = first ? `${plain(first.label, locale)}${locale === 'zh' ? '：' : ': '}${formatFigure(first.value, first.unit, locale)}` : undefined;
    return {
      kind: 'region' as const,
      id: region.id,
      name: name.text,
      label: name.text,
      lang: langOf(name),
      href: entryPath(locale, 'regions', region.id, base),
      level: region.data.level,
      levelLabel: label(locale, 'regionLevel', region.data.level),
      layer: regionLayer(region.data.level),
      priority: labelPriority[region.data.level],
      ...(figure ? { figure } : {}),
      ...displayPoint(region.data.center, options.crs),
      ...(area ? { area } : {}),
    } satisfies RegionPlace;
  });

  const opportunities = items.opportunities.map((opportunity) => {
    const { title, region, location, investment, stage, industry, validUntil } = opportunity.data;
    const industryEntry = atlas.industryById.get(industry);
    const shownTitle = localize(title, locale);
    const at = location ?? atlas.regionById.get(region)?.data.center ?? atlas.site.map.center;
    return {
      kind: 'opportunity' as const,
      id: opportunity.id,
      name: shownTitle.text,
      title: shownTitle.text,
      lang: langOf(shownTitle),
      href: entryPath(locale, 'opportunities', opportunity.id, base),
      regionName: regionName(region),
      investment: formatInvestment(investment, locale),
      stage: label(locale, 'opportunityStage', stage),
      industry: industryEntry ? plain(industryEntry.name, locale) : industry,
      ...(validUntil ? { validUntil: formatDate(validUntil, locale) } : {}),
      expired: isExpiredOpportunity({ validUntil, stage }, atlas.today),
      open: atlas.isOpen(opportunity),
      exact: location !== undefined,
      facets: pick(opportunityFacetValues(atlas, opportunity), mapFacetNames),
      ...displayPoint(at, options.crs),
    } satisfies OpportunityPlace;
  });

  const carriers = items.regions.flatMap((region) =>
    region.data.carriers.flatMap((carrier, index) => {
      if (!carrier.location) return [];
      const name = localize(carrier.name, locale);
      return [
        {
          kind: 'carrier' as const,
          id: `${region.id}-carrier-${index + 1}`,
          name: name.text,
          title: name.text,
          lang: langOf(name),
          href: `${entryPath(locale, 'regions', region.id, base)}#carriers-heading`,
          status: carrier.status,
          statusLabel: label(locale, 'carrierStatus', carrier.status),
          kindLabel: label(locale, 'carrierKind', carrier.kind),
          regionName: regionName(region.id),
          ...displayPoint(carrier.location, options.crs),
        } satisfies CarrierPlace,
      ];
    }),
  );

  // Names are unique across the whole map: regions and opportunities share its keyboard order.
  const names = uniqueNames(
    [
      ...regions.map((region) => {
        const parent = atlas.regionById.get(region.id)?.data.parent;
        return { name: region.name, qualifier: parent ? regionName(parent) : region.levelLabel };
      }),
      ...opportunities.map((opportunity) => ({ name: opportunity.name, qualifier: opportunity.regionName })),
      ...carriers.map((carrier) => ({ name: carrier.name, qualifier: carrier.regionName })),
    ],
    locale,
  );
  regions.forEach((region, index) => (region.name = names[index]));
  opportunities.forEach((opportunity, index) => (opportunity.name = names[regions.length + index]));
  carriers.forEach((carrier, index) => (carrier.name = names[regions.length + opportunities.length + index]));

  const bounds = boundsOf([
    ...regions.flatMap((region) => [region, ...(region.area ? areaPoints(region.area) : [])]),
    ...opportunities,
    ...carriers,
  ]);
  return { opportunities, regions, carriers, ...(bounds ? { bounds } : {}) };
}
