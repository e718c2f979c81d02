/**
 * Hands the pictures named in an entry to Astro's image pipeline. Astro's content layer turns a
 * string starting with `__ASTRO_IMAGE_` into an import of that file, relative to the entry's
 * `filePath`, so pages receive the picture's metadata (size, format) instead of the path, and
 * `astro:assets` (<Picture>, getImage) processes and caches it like any imported image.
 *
 * Any loader can use it: `store.set({ id, data: withAstroImages(data), filePath })`, with
 * `filePath` the entry's file. Check the files first (src/lib/content/images.ts), so a missing
 * picture is reported with its file and field rather than as an import error.
 */
import { findImages } from '../lib/content/images.ts';

const astroImagePrefix = '__ASTRO_IMAGE_';

function astroImagePath(relative: string): string {
  const posix = relative.split('\\').join('/');
  return astroImagePrefix + (posix.startsWith('.') ? posix : `./${posix}`);
}

type Field = readonly (string | number)[];

function valueAt(data: unknown, field: Field): unknown {
  return field.reduce<unknown>((value, key) => (value === null || typeof value !== 'object' ? undefined : (value as Record<string | number, unknown>)[key]), data);
}

/**
 * The entry's data with every picture (`{ src, alt, credit }`, at any depth) and every plain path
 * listed in `pathFields` (such as a logo) handed to Astro. Returns `data` itself when there is
 * nothing to hand over, a copy otherwise.
 */
export function withAstroImages<Data extends Record<string, unknown>>(data: Data, pathFields: Field[] = []): Data {
  const images = findImages(data);
  const paths = pathFields.filter((field) => typeof valueAt(data, field) === 'string');
  if (images.length === 0 && paths.length === 0) return data;
  const copy = structuredClone(data);
  for (const { path: field } of images) {
    const image = valueAt(copy, field) as { src: string };
    image.src = astroImagePath(image.src);
  }
  for (const field of paths) {
    const holder = valueAt(copy, field.slice(0, -1)) as Record<string | number, unknown>;
    const key = field.at(-1)!;
    holder[key] = astroImagePath(holder[key] as string);
  }
  return copy;
}
