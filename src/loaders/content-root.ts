/** Where the content comes from: `ATLAS_CONTENT` (another locality's folder) or `./content`. */
import path from 'node:path';

export function contentRoot(env: Record<string, string | undefined> = process.env, paths: typeof path = path): string {
  return paths.resolve(env.ATLAS_CONTENT || 'content');
}
