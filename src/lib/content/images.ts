/**
 * Pictures named in content files: every `{ src, alt, credit }` of an entry, wherever it sits
 * (a region's cover, a carrier's gallery, an article's cover), must name a readable image file
 * of a supported format inside the content folder. Checked with the content, so a missing file
 * fails `npm run check` and the build with the file and field, not a stack trace from the image
 * pipeline.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { ContentImage } from '../../schemas/image.ts';
import { bi } from './bilingual.ts';
import type { RawProblem } from './integrity.ts';
import type { FieldPath } from './problems.ts';

/** A picture found in an entry, with the field it sits in. */
export interface FoundImage {
  path: FieldPath;
  image: ContentImage;
}

function isContentImage(value: unknown): value is ContentImage {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.src === 'string' && typeof candidate.alt === 'object' && typeof candidate.credit === 'object';
}

/** Every picture in an entry's data, at any depth (covers, galleries, carriers' pictures). */
export function findImages(data: unknown, at: FieldPath = []): FoundImage[] {
  if (isContentImage(data)) return [{ path: at, image: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => findImages(item, [...at, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => findImages(value, [...at, key]));
  }
  return [];
}

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'svg';

/** The format of an image from its first bytes, or null when it is none the pipeline reads. */
export function sniffImageFormat(head: Uint8Array): ImageFormat | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && /avi[fs]|mif1|msf1/.test(ascii(8, 32))) return 'avif';
  const text = new TextDecoder().decode(head).trimStart();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return 'svg';
  return null;
}

const formatOfExtension: Record<string, ImageFormat> = { jpg: 'jpeg', jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'avif', svg: 'svg' };

/** What is wrong with one image file (bilingual, packed), or null when it is fine. */
export type FileVerdict = Promise<string | null>;

async function inspectFile(absolute: string, relative: string): FileVerdict {
  let head: Uint8Array;
  try {
    const handle = await open(absolute, 'r');
    try {
      const buffer = new Uint8Array(256);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return bi(`找不到图片文件 ${relative}（路径相对于本文件）`, `image file ${relative} not found (the path is relative to this file)`);
    }
    if (code === 'EISDIR') return bi(`${relative} 是文件夹，不是图片`, `${relative} is a folder, not an image`);
    return bi(`无法读取图片文件 ${relative}：${(error as Error).message}`, `cannot read image file ${relative}: ${(error as Error).message}`);
  }
  const actual = sniffImageFormat(head);
  const extension = relative.split('.').pop()?.toLowerCase() ?? '';
  const declared = formatOfExtension[extension];
  if (actual === null) {
    return bi(`${relative} 不是可读的 JPEG、PNG、WebP 或 AVIF 图片`, `${relative} is not a readable JPEG, PNG, WebP or AVIF image`);
  }
  if (declared !== undefined && declared !== actual) {
    return bi(
      `${relative} 的扩展名是 .${extension}，但文件内容是 ${actual.toUpperCase()} 图片；请改正扩展名`,
      `${relative} is named .${extension} but holds a ${actual.toUpperCase()} image; fix the extension`,
    );
  }
  return null;
}

/**
 * Checks image files, each once: many entries may share a picture. Keep one checker for a whole
 * content folder.
 */
export function imageFileChecker(root: string) {
  const seen = new Map<string, FileVerdict>();
  const contentRoot = path.resolve(root);
  return function checkFile(entryFile: string, relative: string): FileVerdict {
    const absolute = path.resolve(path.dirname(entryFile), relative);
    if (!absolute.startsWith(contentRoot + path.sep)) {
      return Promise.resolve(bi(`图片 ${relative} 必须位于内容文件夹内`, `image ${relative} must be inside the content folder`));
    }
    let verdict = seen.get(absolute);
    if (!verdict) {
      verdict = inspectFile(absolute, relative);
      seen.set(absolute, verdict);
    }
    return verdict;
  };
}

export type ImageFileChecker = ReturnType<typeof imageFileChecker>;

/**
 * Checks every picture of one entry: the file exists beside the content (its path is relative
 * to `entryFile`), stays inside the content folder `root`, and holds an image of a supported
 * format. Any collection can use it: `checkEntryImages(entry.file, entry.data, content.root)`.
 * Missing `alt` or an unsupported extension is caught earlier, by the schema (`contentImage`).
 */
export async function checkEntryImages(entryFile: string, data: unknown, root: string, checker: ImageFileChecker = imageFileChecker(root)): Promise<RawProblem[]> {
  const found = findImages(data);
  const verdicts = await Promise.all(found.map(({ image }) => checker(entryFile, image.src)));
  return found.flatMap(({ path: field }, index) => {
    const message = verdicts[index];
    return message === null ? [] : [{ file: entryFile, path: [...field, 'src'], message }];
  });
}
