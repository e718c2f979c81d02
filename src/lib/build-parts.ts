/**
 * A large guide is built in parts, one Astro process per part, so the pages render on every
 * core: Astro renders a site's pages on one thread. Each part builds the pages of some of the
 * guide's languages (every `[lang]` route, its share cards and its list indexes); the pages
 * without a language (the root, the data exports, the icons) are built by every part, and the
 * parts' folders are merged afterwards (`src/cli/build-site.ts`).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Which part this process builds: `number` of `count`, counted from 1. */
export interface BuildPart {
  number: number;
  count: number;
}

/** Opportunities from which `npm run build` splits the build when nothing says otherwise. */
export const partsFromOpportunities = 2000;

/** `ATLAS_BUILD_PART=2/2` → `{ number: 2, count: 2 }`; unset → undefined (the whole guide). */
export function parseBuildPart(value: string | undefined): BuildPart | undefined {
  if (value === undefined || value === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const part = match ? { number: Number(match[1]), count: Number(match[2]) } : undefined;
  if (!part || part.number < 1 || part.number > part.count) {
    throw new Error(`ATLAS_BUILD_PART must read "part/parts", such as 1/2, not "${value}" / ATLAS_BUILD_PART 应写作“第几部分/共几部分”，例如 1/2`);
  }
  return part;
}

/** The languages a part renders: the guide's languages dealt out in turn, so each is built exactly once. */
export function localesOfPart<Locale>(locales: readonly Locale[], part: BuildPart | undefined): readonly Locale[] {
  return part ? locales.filter((_, index) => index % part.count === part.number - 1) : locales;
}

/**
 * How many parts `npm run build` makes. `ATLAS_BUILD_PARTS` decides when set (1 builds in one
 * process); otherwise a guide of `partsFromOpportunities` opportunities or more is built in two
 * parts on a machine with two cores or more. More parts than two do not pay while the guide has
 * two languages: a part's work is its languages' pages.
 */
export function partCount(setting: string | undefined, opportunities: number, cores: number): number {
  if (setting !== undefined && setting !== '') {
    const count = Number(setting);
    if (!Number.isInteger(count) || count < 1) {
      throw new Error(`ATLAS_BUILD_PARTS must be a whole number of 1 or more, not "${setting}" / ATLAS_BUILD_PARTS 应为不小于 1 的整数`);
    }
    return count;
  }
  return cores >= 2 && opportunities >= partsFromOpportunities ? 2 : 1;
}

/**
 * The folder a part writes its pages to before the merge: `<parts>/<site's hash>/part-1-of-2`,
 * where `parts` lies inside the project (`.astro/parts`). Astro builds the server code that renders
 * the pages in `.prerender` inside the output folder when that folder is inside the project, and in
 * one shared `.astro/.prerender` when it is not: two parts writing there would delete each other's code.
 */
export function partOutDir(parts: string, site: string, part: BuildPart): string {
  const siteKey = createHash('sha256').update(path.resolve(site)).digest('hex').slice(0, 12);
  return path.join(parts, siteKey, `part-${part.number}-of-${part.count}`);
}

/**
 * Astro's cache folder for a part. Parts run at the same time, and Astro copies a cached picture
 * out of its cache while another process could still be writing it; each part keeps its own.
 */
export function partCacheDir(cacheDir: string, part: BuildPart | undefined): string {
  return part ? path.join(cacheDir, `part-${part.number}-of-${part.count}`) : cacheDir;
}
