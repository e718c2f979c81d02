/** Map settings and region boundaries for the pages, read once per build. */
import { readFile } from 'node:fs/promises';
import world from '@surbowl/world-geo-json-zh';
import type { AreaGeometry } from '../lib/map/geometry.ts';
import { nationalOutline } from '../lib/map/outline.ts';
import { boundaryFile } from '../lib/content/boundaries.ts';
import { chooseBasemap, mapCspDirective, pmtilesPath, type Basemap } from '../lib/map/providers.ts';
import type { Locale } from '../lib/vocabulary.ts';
import { contentRoot } from '../loaders/content-root.ts';
import { getAtlas } from './atlas.ts';

/** The basemap of every map in `locale`; the Tianditu key comes from TIANDITU_KEY at build. */
export async function getBasemap(locale: Locale): Promise<Basemap> {
  const atlas = await getAtlas();
  const base = import.meta.env.BASE_URL;
  const root = base.endsWith('/') ? base : `${base}/`;
  return chooseBasemap(atlas.site.map.provider, locale, {
    tiandituKey: process.env.TIANDITU_KEY,
    ...(atlas.site.map.pmtiles ? { pmtilesUrl: `${root}${pmtilesPath}` } : {}),
  });
}

/** The bytes of the site's PMTiles basemap (provider `pmtiles`), or null when it has none. */
export async function getBasemapFile(): Promise<Buffer | null> {
  const atlas = await getAtlas();
  const relative = atlas.site.map.provider === 'pmtiles' ? atlas.site.map.pmtiles : undefined;
  if (relative === undefined) return null;
  // The content check has already rejected a missing file or one outside the content folder.
  const file = boundaryFile(contentRoot(), relative);
  return file === null ? null : readFile(file);
}

/**
 * Lets a page with a map load its tiles: adds the provider's hosts to `img-src`. Call it from
 * the page's own frontmatter (the policy is written with the page's <head>, before any
 * component in the body renders); with no tiles it adds nothing.
 */
export async function allowMapTiles(csp: { insertDirective(directive: string): void } | undefined, locale: Locale): Promise<void> {
  const directive = mapCspDirective(await getBasemap(locale));
  if (directive) csp?.insertDirective(directive);
}

let boundaries: Promise<Map<string, unknown>> | undefined;

async function loadBoundaries(): Promise<Map<string, unknown>> {
  const atlas = await getAtlas();
  const root = contentRoot();
  const entries = await Promise.all(
    atlas.regions.flatMap((region) => {
      const file = region.data.boundary === undefined ? null : boundaryFile(root, region.data.boundary);
      // The content check has already rejected missing or invalid files.
      return file === null ? [] : [readFile(file, 'utf8').then((text) => [region.id, JSON.parse(text)] as const)];
    }),
  );
  return new Map(entries);
}

/** Raw GeoJSON of every region that has a boundary file, by region id. */
export function getBoundaries(): Promise<Map<string, unknown>> {
  if (import.meta.env.DEV) return loadBoundaries();
  boundaries ??= loadBoundaries();
  return boundaries;
}

let outline: AreaGeometry | undefined;

/** The national outline in WGS-84, for the maps drawn at build (static maps); read once per build. */
export function getOutline(): AreaGeometry {
  outline ??= nationalOutline(world as Parameters<typeof nationalOutline>[0], 'wgs84');
  return outline;
}
