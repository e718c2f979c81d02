/**
 * Pictures uploaded in the browser editor: written into an `images/` folder beside the entry's
 * file, the way the content keeps them, and named so they can be written as `src` by hand too.
 * Only files the image pipeline reads are taken; a name in use by other bytes gets a number.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { idPattern } from '../../schemas/common.ts';
import { imageExtensions } from '../../schemas/image.ts';
import { bi } from '../content/bilingual.ts';
import { sniffImageFormat } from '../content/images.ts';

const extensionOfFormat = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' } as const;

/** `园区 航拍 1.JPG` → `1.jpg`; `Jiutai Park.jpeg` → `jiutai-park.jpg`: lowercase ASCII, hyphens. */
export function uploadFileName(original: string, format: keyof typeof extensionOfFormat): string {
  // Browsers may send a Windows path (C:\fakepath\…): keep only the last part, whatever the separator.
  const stem = (original.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${stem || 'picture'}.${extensionOfFormat[format]}`;
}

/** The folder an entry's pictures go in, relative to the content folder. */
export function imageFolderOf(collection: string, place?: string): string {
  if (!['regions', 'chains', 'opportunities'].includes(collection)) throw new Error(bi('这类条目不能上传图片', 'pictures cannot be added to this kind of entry'));
  if (collection !== 'opportunities') return path.join(collection, 'images');
  if (!place || !idPattern.test(place)) throw new Error(bi('请先选择项目所在的文件夹', 'choose the folder of the project first'));
  return path.join(collection, place, 'images');
}

/**
 * Writes the picture and returns the `src` to put in the entry (`images/<name>`). Refuses bytes
 * that are not a JPEG, PNG, WebP or AVIF picture, whatever the file is called.
 */
export async function saveUpload(folder: string, original: string, bytes: Uint8Array): Promise<string> {
  const format = sniffImageFormat(bytes.subarray(0, 64));
  if (format === null || format === 'svg') {
    throw new Error(bi(`不是可用的图片文件；请上传 ${imageExtensions.join('、')} 格式`, `not a usable picture; upload ${imageExtensions.join(', ')}`));
  }
  await mkdir(folder, { recursive: true });
  const name = uploadFileName(original, format);
  const dot = name.lastIndexOf('.');
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? name : `${name.slice(0, dot)}-${attempt}${name.slice(dot)}`;
    const target = path.join(folder, candidate);
    const existing = await readFile(target).catch(() => undefined);
    if (existing?.equals(bytes)) return `images/${candidate}`;
    if (existing === undefined) {
      await writeFile(target, bytes);
      return `images/${candidate}`;
    }
  }
}
