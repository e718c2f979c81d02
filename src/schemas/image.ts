/**
 * A picture kept beside the content: a park, a plant, a plot, a signing. Shared by every
 * collection that shows pictures (regions and their carriers, chains, opportunities, articles).
 * Whether the file exists and can be read is checked with the content (`npm run check`, build).
 */
import { z } from 'astro/zod';
import { bi } from '../lib/content/bilingual.ts';
import { localizedText } from './common.ts';

/** File types the image pipeline turns into responsive AVIF/WebP with a fallback. */
export const imageExtensions = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;

/** A picture's file, relative to the content file that names it (the editor offers an upload for it). */
export const imagePath = z
  .string()
  .trim()
  .refine((value) => !/^[a-z]+:/i.test(value) && !value.startsWith('/'), {
    error: bi('图片路径应相对于本文件，例如 images/park.jpg', 'the image path is relative to this file, e.g. images/park.jpg'),
  })
  .refine((value) => imageExtensions.includes(value.split('.').pop()?.toLowerCase() as (typeof imageExtensions)[number]), {
    error: bi(
      `图片格式应为 ${imageExtensions.join('、')} 之一`,
      `the image must be one of: ${imageExtensions.join(', ')}`,
    ),
  });

/** One picture with its text alternative and credit. */
export const contentImage = z.strictObject({
  /** The file, relative to the content file that names it, e.g. images/jiutai-park.jpg. */
  src: imagePath,
  /** What the picture shows, for readers who cannot see it (required in Chinese; English falls back visibly). */
  alt: localizedText,
  /** A caption shown under the picture. */
  caption: localizedText.optional(),
  /** Who made the picture and under which licence, e.g. 九台区招商服务中心 / CC BY 4.0. */
  credit: localizedText,
});
export type ContentImage = z.infer<typeof contentImage>;

/** An entry's pictures: a cover for cards and the page's head, and more for a gallery. */
export const imageSet = z.strictObject({
  /** The picture that stands for the entry on its page, its card and its share card. */
  cover: contentImage.optional(),
  /** Further pictures, shown as a gallery. */
  gallery: z.array(contentImage).default([]),
});
export type ImageSet = z.infer<typeof imageSet>;
