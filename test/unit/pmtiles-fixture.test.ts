import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, test } from 'vitest';
import { pmtilesFromGeoJson } from '../support/pmtiles-fixture.ts';

/** Reads an archive held in memory, as the browser reads one from the guide's host. */
const memory = (bytes: Uint8Array): Source => ({
  getKey: () => 'memory',
  getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
});

const square = (west: number, south: number, east: number, north: number) => ({
  type: 'Feature' as const,
  properties: { kind: 'lake' },
  geometry: { type: 'Polygon' as const, coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
});

describe('the PMTiles test fixture', () => {
  test('a reader finds the header, the metadata and vector tiles with the GeoJSON features', async () => {
    const bytes = pmtilesFromGeoJson({ water: { type: 'FeatureCollection', features: [square(125.7, 44.0, 126.0, 44.3)] } }, { minZoom: 4, maxZoom: 8 });
    const archive = new PMTiles(memory(bytes));
    const header = await archive.getHeader();
    expect([header.specVersion, header.minZoom, header.maxZoom, header.tileType]).toEqual([3, 4, 8, 1]);
    expect(header.minLon).toBeCloseTo(125.7, 5);
    expect(((await archive.getMetadata()) as { vector_layers: { id: string }[] }).vector_layers[0].id).toBe('water');

    // The square at zoom 8 lies in tile x = 217, y = 92.
    const tile = await archive.getZxy(8, 217, 92);
    expect(tile).toBeDefined();
    // vector-tile 2 is typed against pbf 4; pbf 3 reads the same bytes.
    const decoded = new VectorTile(new Pbf(new Uint8Array(tile!.data)) as never);
    expect(decoded.layers.water.length).toBe(1);
    expect(decoded.layers.water.feature(0).type).toBe(3);
    expect(decoded.layers.water.feature(0).properties.kind).toBe('lake');
    // Nothing where there is no feature.
    expect(await archive.getZxy(8, 10, 10)).toBeUndefined();
  });
});
