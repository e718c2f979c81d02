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
    .filter((name) => !name.split(path.sep).some((part) => part.startsWith('.') || part.startsWith('_')))
    .map((name) => path.join(directory, name))
    .sort();
}

/** The id of an entry: its file name without extension. */
export function idFromFile(file: string): string {
  return path.basename(file, path.extname(file));
}

/** A path as the staff should read it in an error: relative to the working directory when inside it. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}
