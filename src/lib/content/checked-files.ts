/**
 * Checked files kept between loads of a content folder. The dev server loads the whole folder
 * again after every save; with 10 000 files, reading and validating each one again is most of the
 * wait. A file is read and validated again only when its size, modification time or change time
 * differs from when it was checked, or when it is checked against another schema; the result
 * (entry or problems) is otherwise the one it gave then, so a problem is reported as before.
 */
import { statSync } from 'node:fs';
import type { z } from 'astro/zod';
import { validateFile, type FileResult } from './validate.ts';

/** What identifies one version of a file on disk, and when it was last written. */
export interface FileStamp {
  key: string;
  modifiedMs: number;
}

/** The file's stamp, or `undefined` when it cannot be read. */
export function fileStamp(file: string): FileStamp | undefined {
  const info = statSync(file, { bigint: true, throwIfNoEntry: false });
  return info ? { key: `${info.size}:${info.mtimeNs}:${info.ctimeNs}`, modifiedMs: Number(info.mtimeNs / 1_000_000n) } : undefined;
}

/**
 * A file written this recently may be written again within the same tick of the file system's
 * clock (a few milliseconds; two seconds on FAT) with the same size: two versions, one stamp.
 * Its result is not kept until its stamp is older than this.
 */
export const settleMs = 2500;

type Validate = <Schema extends z.ZodType>(file: string, schema: Schema) => Promise<FileResult<z.output<Schema>>>;

interface Checked {
  stamp: string;
  schema: z.ZodType;
  result: FileResult<unknown>;
}

export class CheckedFiles {
  readonly #checked = new Map<string, Checked>();
  readonly #validate: Validate;
  readonly #stamp: (file: string) => FileStamp | undefined;
  readonly #now: () => number;
  /** How many files the last calls validated, and how many they took from the cache. */
  validated = 0;
  reused = 0;
  /**
   * Set when a file was read too soon after it was written to trust its stamp: it may have been
   * read half-written. Whoever loads the folder looks again once it settled (`settleMs` later).
   */
  unsettled = false;

  constructor(options: { validate?: Validate; stamp?: (file: string) => FileStamp | undefined; now?: () => number } = {}) {
    this.#validate = options.validate ?? validateFile;
    this.#stamp = options.stamp ?? fileStamp;
    this.#now = options.now ?? Date.now;
  }

  /** The file's result: the cached one while the file is unchanged, a fresh one otherwise. */
  async check<Schema extends z.ZodType>(file: string, schema: Schema): Promise<FileResult<z.output<Schema>>> {
    // Stamped before reading: a save during the check leaves an older stamp, so the file is checked again next time.
    const now = this.#now();
    const stamp = this.#stamp(file);
    const known = this.#checked.get(file);
    if (stamp !== undefined && known?.stamp === stamp.key && known.schema === schema) {
      this.reused++;
      return known.result as FileResult<z.output<Schema>>;
    }
    this.validated++;
    const result = await this.#validate(file, schema);
    const settled = stamp !== undefined && now - stamp.modifiedMs >= settleMs;
    if (settled) this.#checked.set(file, { stamp: stamp.key, schema, result });
    else {
      this.#checked.delete(file);
      this.unsettled = true;
    }
    return result;
  }

  /** Forgets every file not in `files` (deleted or set aside since), so memory follows the folder. */
  keepOnly(files: Iterable<string>): void {
    const kept = new Set(files);
    for (const file of this.#checked.keys()) if (!kept.has(file)) this.#checked.delete(file);
  }

  get size(): number {
    return this.#checked.size;
  }
}
