/**
 * Pictures for generated content, so benchmarks build guides that show them: every region gets
 * a cover and a gallery picture, every chain a cover, every second opportunity a cover. They
 * come from a pool of drawn illustrations kept in the folder's `images/`, shared by the entries
 * as a real guide reuses a park's photos across its projects; the pool stays the same size
 * whatever the number of entries, so it is drawn in seconds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { illustrationCredit, illustrationJpeg, illustrationKinds, type IllustrationKind } from './illustrations.ts';
import type { ContentFile } from './model.ts';
import type { Random } from './random.ts';

/** Distinct pictures in a generated folder. */
export const picturePoolSize = 48;

interface PoolPicture {
  file: string;
  kind: IllustrationKind;
  seed: number;
}

const pool: PoolPicture[] = Array.from({ length: picturePoolSize }, (_, index) => {
  const kind = illustrationKinds[index % illustrationKinds.length];
  return { file: `images/${kind}-${index + 1}.jpg`, kind, seed: index + 1 };
});

const kindText: Record<IllustrationKind, { zh: string; en: string }> = {
  park: { zh: '园区鸟瞰规划', en: 'aerial plan of a park' },
  plant: { zh: '厂区天际线', en: 'plant skyline' },
  fields: { zh: '农田', en: 'fields' },
  mountains: { zh: '群山与河谷', en: 'mountains and a valley' },
  solar: { zh: '光伏阵列', en: 'solar array' },
  logistics: { zh: '物流场站', en: 'logistics yard' },
  city: { zh: '城市天际线', en: 'city skyline' },
  lab: { zh: '实验室', en: 'laboratory' },
};

type Named = { name?: { zh: string; en?: string }; title?: { zh: string; en?: string } };

function picture(random: Random, file: ContentFile, subject: { zh: string; en?: string }) {
  const chosen = random.pick(pool);
  const text = kindText[chosen.kind];
  return {
    src: path.posix.relative(path.posix.dirname(file.path), chosen.file),
    alt: { zh: `示意插图，${subject.zh}：${text.zh}`, en: `Illustration, ${subject.en ?? subject.zh}: ${text.en}` },
    credit: illustrationCredit,
  };
}

/** Adds `images` to the generated regions, chains and every second opportunity. */
export function addPictures(random: Random, files: ContentFile[]): void {
  let opportunities = 0;
  for (const file of files) {
    if (!file.path.endsWith('.yaml')) continue;
    const data = file.data as Named & { images?: unknown };
    const subject = data.name ?? data.title;
    if (!subject) continue;
    if (file.path.startsWith('regions/')) {
      data.images = { cover: picture(random, file, subject), gallery: [picture(random, file, subject)] };
    } else if (file.path.startsWith('chains/')) {
      data.images = { cover: picture(random, file, subject) };
    } else if (file.path.startsWith('opportunities/') && opportunities++ % 2 === 0) {
      data.images = { cover: picture(random, file, subject) };
    }
  }
}

/** Draws the pool into `out/images/`; returns how many pictures were written. */
export async function writePictures(out: string): Promise<number> {
  mkdirSync(path.join(out, 'images'), { recursive: true });
  await Promise.all(pool.map(async (entry) => writeFileSync(path.join(out, ...entry.file.split('/')), await illustrationJpeg(entry.kind, entry.seed))));
  return pool.length;
}
