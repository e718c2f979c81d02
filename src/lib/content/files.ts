/** Finding the content files of each collection. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export const yamlExtensions = ['.yaml', '.yml'];

/** Every YAML file under `directory` (recursively), as sorted absolute paths; none if it is absent. */
export async function listYamlFiles(directory: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(directory, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => yamlExtensions.includes(path.extname(name).toLowerCase()))
    .filter((name) => !isSetAside(name))
    .map((name) => path.join(directory, name))
    .sort();
}

/** A file in a folder starting with `.` or `_` (or named so) is set aside: drafts, editor backups. */
export function isSetAside(relativeName: string, paths: typeof path = path): boolean {
  return relativeName.split(paths.sep).some((part) => part.startsWith('.') || part.startsWith('_'));
}

/** The id of an entry: its file name without extension. */
export function idFromFile(file: string, paths: typeof path = path): string {
  return paths.basename(file, paths.extname(file));
}

/**
 * A path as the staff should read it in an error: relative to the working directory when inside
 * it, with `/` on every system (as in the docs); absolute and in the system's own form otherwise.
 */
export function displayPath(absolute: string, cwd = process.cwd(), paths: typeof path = path): string {
  const relative = paths.relative(cwd, absolute);
  return relative === '' || relative.startsWith('..') || paths.isAbsolute(relative) ? absolute : relative.split(paths.sep).join('/');
}
