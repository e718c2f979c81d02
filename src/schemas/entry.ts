/** Fields every content entry carries, so each page can say how fresh it is and where it comes from. */
import { z } from 'astro/zod';
import { isoDate, source } from './common.ts';

export const entryFields = {
  /** The date this entry was last checked or changed; shown on every page. */
  updated: isoDate,
  /** Where the entry's facts come from. */
  sources: z.array(source).default([]),
};
