/**
 * The incremental build's keys for this build (src/lib/page-keys.ts says what they cover): the
 * guide's key is worked out once, from the stored collections, the content folder's other files
 * and the settings the environment gives.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { guideKey } from '../lib/page-keys.ts';
import { outputFolderVariable } from '../integrations/page-cache.ts';
import { contentRoot } from '../loaders/content-root.ts';
import { getAtlas } from './atlas.ts';

/** Entry files are covered by their stored digests; every other file is named with its size and time. */
const entryFile = /\.(ya?ml|mdx?)$/i;

/** Environment settings a page or a card reads. */
const pageSettings = ['TIANDITU_KEY', 'ATLAS_CARD_FONT', 'ATLAS_CARD_FONT_BOLD'];

async function contentFiles(root: string): Promise<string[]> {
  const names = (await readdir(root, { recursive: true })).filter((name) => !entryFile.test(name)).sort();
  const stamps = await Promise.all(
    names.map(async (name) => {
      const info = await stat(path.join(root, name));
      return info.isFile() ? `${name.split(path.sep).join('/')}:${info.size}:${info.mtimeMs}` : '';
    }),
  );
  return stamps.filter(Boolean);
}

/** The bundled styles and scripts already written for this build, by name (each name holds a hash of its content). */
async function bundledAssets(): Promise<string[]> {
  const folder = process.env[outputFolderVariable];
  if (!folder) throw new Error(`${outputFolderVariable} is not set: the page-cache integration must be in astro.config.mjs`);
  const names = await readdir(path.join(folder, '_astro'), { recursive: true }).catch(() => [] as string[]);
  return names.map((name) => name.split(path.sep).join('/')).sort();
}

async function computeGuideKey(): Promise<string> {
  // The model's entries are the stored ones, digests included; the site settings are small enough to key as they are.
  const [atlas, overrides] = await Promise.all([getAtlas(), getCollection('zhHantOverrides')]);
  return guideKey({
    collections: {
      site: [{ id: 'site', data: atlas.site }],
      zhHantOverrides: overrides,
      regions: atlas.regions,
      chains: atlas.chains,
      policies: atlas.policies,
      articles: atlas.articles,
    },
    today: atlas.today,
    files: await contentFiles(contentRoot()),
    assets: await bundledAssets(),
    settings: pageSettings.map((name) => `${name}=${process.env[name] ?? ''}`),
  });
}

let key: Promise<string> | undefined;

/** The guide's key; `undefined` in the dev server, which renders every request anyway. */
export async function getGuideKey(): Promise<string | undefined> {
  if (import.meta.env.DEV) return undefined;
  key ??= computeGuideKey();
  return key;
}
