/**
 * Built with a tile provider: the small test guide, once with 天地图 (key from TIANDITU_KEY) and
 * once with Amap. Tile hosts are allowed exactly on the pages that have a map; Amap's GCJ-02
 * shift is applied to what is drawn, never to what is stored.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { toGcj02 } from '../../src/lib/coordinates.ts';
import { buildGuide } from '../support/build.ts';
import { validFixture } from '../support/fixtures.ts';
import { testOutput } from '../support/paths.ts';
import { pagePaths, readPage } from '../support/site.ts';
import { tempFolder } from '../support/temp.ts';

/** The valid test guide with `map.provider` set, built into a fresh folder. */
async function buildWithProvider(provider: string, env: Record<string, string> = {}): Promise<string> {
  const content = await tempFolder(`map-${provider}`);
  // Inside the project: Astro keeps a build's intermediate files beside an output folder there,
  // but shares one folder (.astro/) among all builds whose output is elsewhere.
  const outDir = path.join(testOutput, `map-${provider}`);
  await rm(outDir, { recursive: true, force: true });
  await cp(validFixture, content, { recursive: true });
  const site = parseDocument(await readFile(path.join(content, 'site.yaml'), 'utf8'));
  site.setIn(['map', 'provider'], provider);
  await writeFile(path.join(content, 'site.yaml'), site.toString());
  const { code, output } = await buildGuide({ content, outDir, env });
  if (code !== 0) throw new Error(`building with ${provider} failed:\n${output}`);
  return outDir;
}

const policyOf = async (page: string, root: string) =>
  (await readPage(page, root)).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
const configOf = async (page: string, root: string) => JSON.parse((await readPage(page, root)).querySelector('script[data-map-config]')!.textContent);
const withMap = /^\/(zh|en)\/(map\/|regions\/[^/]+\/|opportunities\/[^/]+\/)$/;

describe('天地图 with a key from the environment', () => {
  let root: string;
  beforeAll(async () => {
    root = await buildWithProvider('tianditu', { TIANDITU_KEY: 'test-key-123' });
  });

  test('pages with a map allow the eight Tianditu hosts as image sources; no other page does', async () => {
    for (const page of (await pagePaths(root)).filter((candidate) => candidate !== '/404.html')) {
      const policy = await policyOf(page, root);
      if (withMap.test(page)) {
        expect(policy, page).toMatch(/img-src 'self' data: https:\/\/t0\.tianditu\.gov\.cn .*https:\/\/t7\.tianditu\.gov\.cn/);
      } else {
        expect(policy, page).not.toContain('tianditu');
      }
    }
  });

  test('the key reaches the tile URLs; the labels follow the page language', async () => {
    const zh = await configOf('/zh/map/', root);
    const en = await configOf('/en/regions/jiutai/', root);
    expect(zh.basemap.kind).toBe('tiles');
    expect(zh.basemap.layers.map((layer: { url: string }) => /\/(\w+_w)\//.exec(layer.url)?.[1])).toEqual(['vec_w', 'cva_w']);
    expect(en.basemap.layers.map((layer: { url: string }) => /\/(\w+_w)\//.exec(layer.url)?.[1])).toEqual(['vec_w', 'eva_w']);
    expect(zh.basemap.layers[0].url).toContain('tk=test-key-123');
    expect(zh.basemap.attribution).toContain('天地图');
  });
});

describe('Amap', () => {
  let root: string;
  beforeAll(async () => {
    root = await buildWithProvider('amap');
  });

  test('draws in GCJ-02 while the page text keeps the stored WGS-84 coordinates', async () => {
    const document = await readPage('/en/regions/jiutai/', root);
    const place = document.querySelector('[data-map-place="region"][data-id="jiutai"]')!;
    const shifted = toGcj02({ lat: 44.1517, lng: 125.8395 });
    expect(Number(place.getAttribute('data-lat'))).toBeCloseTo(shifted.lat, 4);
    expect(Number(place.getAttribute('data-lng'))).toBeCloseTo(shifted.lng, 4);
    expect(document.querySelector('main')?.textContent).toContain('44.1517° N, 125.8395° E');
    expect(await policyOf('/en/regions/jiutai/', root)).toContain('https://webrd01.is.autonavi.com');
    expect(await policyOf('/en/', root)).not.toContain('autonavi');
  });

  test('the national outline is shifted the same way, so it lines up if Amap\'s tiles fail', async () => {
    const outline = JSON.parse(await readFile(path.join(root, 'map/outline.json'), 'utf8'));
    const [lng, lat] = outline.geometry.coordinates[0][0][0];
    // The first vertex of the source outline (Guangxi coast), shifted by GCJ-02.
    const expected = toGcj02({ lat: 21.507959, lng: 107.972656 });
    expect(lng).toBeCloseTo(expected.lng, 4);
    expect(lat).toBeCloseTo(expected.lat, 4);
  });
});
