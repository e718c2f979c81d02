/**
 * Makes a small PMTiles v3 archive of vector tiles from GeoJSON, for tests that draw the
 * `pmtiles` basemap with no network. Tiles are cut by geojson-vt and encoded as Mapbox Vector
 * Tiles by vt-pbf; the archive around them is written here, after the PMTiles v3 specification
 * (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): a 127-byte header, one root
 * directory, JSON metadata and the tile data, all uncompressed (compression "none" is part of
 * the specification and every reader accepts it). The `pmtiles` package supplies the tile ids.
 */
import GeoJSONVT from 'geojson-vt';
import { zxyToTileId } from 'pmtiles';
import vtpbf from 'vt-pbf';

export interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
}

type Collection = { type: 'FeatureCollection'; features: { geometry: { coordinates: unknown } }[] };

/** Unsigned LEB128, as PMTiles directories use. */
function varint(value: number, out: number[]): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

function coordinatesOf(value: unknown): [number, number][] {
  if (Array.isArray(value) && typeof value[0] === 'number') return [[value[0], value[1] as number]];
  return Array.isArray(value) ? value.flatMap(coordinatesOf) : [];
}

const tileX = (lng: number, z: number) => Math.floor(((lng + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
};

/** A PMTiles archive holding `layers` (name → FeatureCollection) from `minZoom` to `maxZoom`. */
export function pmtilesFromGeoJson(layers: Record<string, Collection>, { minZoom, maxZoom }: ArchiveOptions): Uint8Array {
  const indexes = Object.entries(layers).map(([name, collection]) => [name, new GeoJSONVT(collection as never, { maxZoom, indexMaxZoom: maxZoom, buffer: 64 })] as const);
  const points = Object.values(layers).flatMap((collection) => collection.features.flatMap((feature) => coordinatesOf(feature.geometry.coordinates)));
  const west = Math.min(...points.map(([lng]) => lng));
  const east = Math.max(...points.map(([lng]) => lng));
  const south = Math.min(...points.map(([, lat]) => lat));
  const north = Math.max(...points.map(([, lat]) => lat));

  const tiles: { id: number; data: Uint8Array }[] = [];
  for (let z = minZoom; z <= maxZoom; z += 1) {
    for (let x = tileX(west, z); x <= tileX(east, z); x += 1) {
      for (let y = tileY(north, z); y <= tileY(south, z); y += 1) {
        const content: Record<string, unknown> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) content[name] = tile;
        }
        if (Object.keys(content).length === 0) continue;
        tiles.push({ id: zxyToTileId(z, x, y), data: vtpbf.fromGeojsonVt(content as never, { version: 2 }) });
      }
    }
  }
  tiles.sort((a, b) => a.id - b.id);

  // Root directory: ids as deltas, run lengths, lengths, offsets (+1; 0 means "right after the previous").
  const directory: number[] = [];
  varint(tiles.length, directory);
  let previous = 0;
  for (const tile of tiles) {
    varint(tile.id - previous, directory);
    previous = tile.id;
  }
  for (const _ of tiles) varint(1, directory);
  for (const tile of tiles) varint(tile.data.length, directory);
  for (const [index] of tiles.entries()) varint(index === 0 ? 1 : 0, directory);

  const metadata = new TextEncoder().encode(
    JSON.stringify({ name: 'test basemap', vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} })) }),
  );
  const tileBytes = tiles.reduce((sum, tile) => sum + tile.data.length, 0);
  const headerSize = 127;
  const rootOffset = headerSize;
  const metadataOffset = rootOffset + directory.length;
  const dataOffset = metadataOffset + metadata.length;
  const archive = new Uint8Array(dataOffset + tileBytes);
  const view = new DataView(archive.buffer);
  archive.set(new TextEncoder().encode('PMTiles'), 0);
  archive[7] = 3;
  const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, directory.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, dataOffset + tileBytes); // no leaf directories
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, tileBytes);
  u64(72, tiles.length); // addressed tiles
  u64(80, tiles.length); // tile entries
  u64(88, tiles.length); // tile contents
  archive[96] = 1; // clustered: tiles are stored in id order
  archive[97] = 1; // internal compression: none
  archive[98] = 1; // tile compression: none
  archive[99] = 1; // tile type: Mapbox Vector Tile
  archive[100] = minZoom;
  archive[101] = maxZoom;
  const e7 = (at: number, value: number) => view.setInt32(at, Math.round(value * 1e7), true);
  e7(102, west);
  e7(106, south);
  e7(110, east);
  e7(114, north);
  archive[118] = minZoom;
  e7(119, (west + east) / 2);
  e7(123, (south + north) / 2);
  archive.set(directory, rootOffset);
  archive.set(metadata, metadataOffset);
  let offset = dataOffset;
  for (const tile of tiles) {
    archive.set(tile.data, offset);
    offset += tile.data.length;
  }
  return archive;
}
