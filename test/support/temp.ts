/**
 * Temporary folders for tests, all made here so that none outlives its test. A folder made inside
 * a test is removed when that test ends, passed or failed; one made in `beforeAll` (or at the top
 * of a file) is removed when the file's tests end, by the `afterAll` that `clean-temp.ts` (a
 * setup file of every project) adds to each file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** Every test folder starts with this, so a leftover is easy to recognise. */
export const tempPrefix = 'atlas-test-';

const madeOutsideTests = new Set<string>();

async function remove(folder: string): Promise<void> {
  // Windows may hold a file a moment after a child process exits: retry rather than leave it.
  await rm(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** A new empty folder in the system's temp directory, removed when the test (or the file's tests) end. */
export async function tempFolder(name: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), `${tempPrefix}${name}-`));
  try {
    onTestFinished(() => remove(folder));
  } catch {
    // Not inside a test: a beforeAll or the file's top level.
    madeOutsideTests.add(folder);
  }
  return folder;
}

/** Removes the folders made outside tests; run after each file's tests by clean-temp.ts. */
export async function removeFileTempFolders(): Promise<void> {
  const folders = [...madeOutsideTests];
  madeOutsideTests.clear();
  await Promise.all(folders.map(remove));
}
