/** Region boundaries: GeoJSON files referenced from region entries. */
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { bi } from './bilingual.ts';
import type { RawProblem } from './integrity.ts';
import type { AtlasContent } from './types.ts';

const areaTypes = new Set(['Polygon', 'MultiPolygon']);

/** A boundary file must hold a Polygon or MultiPolygon, bare or in a Feature / FeatureCollection. */
export function isAreaGeoJson(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const geo = value as { type?: unknown; geometry?: unknown; features?: unknown; coordinates?: unknown };
  if (typeof geo.type === 'string' && areaTypes.has(geo.type)) return Array.isArray(geo.coordinates);
  if (geo.type === 'Feature') return isAreaGeoJson(geo.geometry);
  if (geo.type === 'FeatureCollection') {
    return Array.isArray(geo.features) && geo.features.length > 0 && geo.features.every(isAreaGeoJson);
  }
  return false;
}

/**
 * Resolves a boundary path written in a region file (`boundaries/x.geojson`, either slash on
 * Windows); it must stay inside the content folder. `paths` is `path.win32` or `path.posix` in tests.
 */
export function boundaryFile(root: string, relative: string, paths: typeof path = path): string | null {
  const absolute = paths.resolve(root, relative);
  const inside = paths.relative(paths.resolve(root), absolute);
  return inside !== '' && !inside.startsWith('..') && !paths.isAbsolute(inside) ? absolute : null;
}

export async function checkBoundaries(content: AtlasContent): Promise<RawProblem[]> {
  const problems: RawProblem[] = [];
  for (const region of content.regions) {
    const relative = region.data.boundary;
    if (relative === undefined) continue;
    const report = (message: string) => problems.push({ file: region.file, path: ['boundary'], message });
    const absolute = boundaryFile(content.root, relative);
    if (absolute === null) {
      report(bi('边界文件必须位于内容文件夹内', 'the boundary file must be inside the content folder'));
      continue;
    }
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch {
      report(bi(`找不到边界文件 ${relative}`, `boundary file ${relative} not found`));
      continue;
    }
    let geo: unknown;
    try {
      geo = JSON.parse(text);
    } catch (error) {
      report(bi(`边界文件不是有效的 JSON：${(error as Error).message}`, `boundary file is not valid JSON: ${(error as Error).message}`));
      continue;
    }
    if (!isAreaGeoJson(geo)) {
      report(bi('边界文件应包含 Polygon 或 MultiPolygon 几何', 'the boundary file must hold a Polygon or MultiPolygon'));
    }
  }
  return problems;
}

/**
 * The PMTiles basemap of provider `pmtiles` must be named in site.yaml and be a file inside the
 * content folder. Checked here rather than in the schema, so that site.yaml stays usable and the
 * rest of the content is still checked in the same run.
 */
export async function checkBasemapFile(content: AtlasContent): Promise<RawProblem[]> {
  const { provider, pmtiles: relative } = content.site.data.map;
  const report = (message: RawProblem['message']): RawProblem[] => [{ file: content.site.file, path: ['map', 'pmtiles'], message }];
  if (relative === undefined) {
    return provider === 'pmtiles' ? report(bi('地图来源为 pmtiles 时须用 pmtiles 指明文件', 'provider pmtiles needs the file named in pmtiles')) : [];
  }
  const absolute = boundaryFile(content.root, relative);
  if (absolute === null) return report(bi('底图文件必须位于内容文件夹内', 'the basemap file must be inside the content folder'));
  const info = await stat(absolute).catch(() => null);
  if (!info?.isFile()) return report(bi(`找不到底图文件 ${relative}`, `basemap file ${relative} not found`));
  const head = Buffer.alloc(7);
  const handle = await open(absolute);
  try {
    await handle.read(head, 0, 7, 0);
  } finally {
    await handle.close();
  }
  if (head.toString('latin1') !== 'PMTiles') return report(bi(`${relative} 不是 PMTiles 文件`, `${relative} is not a PMTiles file`));
  return [];
}
