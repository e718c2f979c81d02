/**
 * Draws the sample content's pictures. Every picture a content file names whose file is missing
 * and whose name ends in an illustration kind (`images/jiutai-devzone-park.jpg`,
 * `images/ganzi-mountains-2.jpg`) is drawn and written as JPEG; existing files are left alone.
 *
 *   node seeds/draw-content-images.ts [content folder]
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { findImages } from '../src/lib/content/images.ts';
import { listYamlFiles } from '../src/lib/content/files.ts';
import { illustrationJpeg, illustrationKinds, type IllustrationKind } from './illustrations.ts';

const namePattern = new RegExp(`-(${illustrationKinds.join('|')})(?:-(\\d+))?\\.jpe?g$`);

/** The kind and seed a file name asks for, or null when it is not a drawn illustration. */
export function illustrationOfFile(file: string): { kind: IllustrationKind; seed: number } | null {
  const match = namePattern.exec(path.basename(file));
  if (!match) return null;
  let seed = 0;
  for (const character of path.basename(file)) seed = (seed * 31 + character.charCodeAt(0)) >>> 0;
  return { kind: match[1] as IllustrationKind, seed };
}

async function main(root: string): Promise<void> {
  const files = await listYamlFiles(root);
  let drawn = 0;
  for (const file of files) {
    const data = load(await readFile(file, 'utf8'));
    for (const { image } of findImages(data)) {
      const target = path.resolve(path.dirname(file), image.src);
      const wanted = illustrationOfFile(target);
      const missing = await access(target).then(() => false, () => true);
      if (!wanted || !missing) continue;
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, await illustrationJpeg(wanted.kind, wanted.seed));
      drawn++;
    }
  }
  console.log(`drew ${drawn} picture(s) in ${root}`);
}

if (import.meta.main) await main(path.resolve(process.argv[2] ?? 'content'));
