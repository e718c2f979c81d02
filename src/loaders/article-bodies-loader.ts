/**
 * The MDX bodies of the articles, compiled by Astro (`@astrojs/mdx`) so pages can `render()` them
 * with the guide's components. Only MDX goes through here: Markdown articles are rendered by the
 * same sanitiser as all staff prose (src/lib/prose.ts), so raw HTML in them never runs.
 * The content folder is checked as a whole first (the atlas loader), so a broken article stops
 * the build with the same file-and-field report as `npm run check`, never with a bare stack.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { sharedContent } from './atlas-loader.ts';
import { contentRoot } from './content-root.ts';

/** `2024/jiutai-signing.en.mdx` → `jiutai-signing.en`: the article id and the language. */
export function articleBodyId(entry: string): string {
  return path.posix.basename(entry.replaceAll('\\', '/')).replace(/\.mdx$/i, '');
}

export function articleBodiesLoader(): Loader {
  const root = contentRoot();
  const mdx = glob({
    pattern: ['**/*.mdx', '!**/_*', '!**/_*/**'],
    base: pathToFileURL(`${path.join(root, 'articles')}${path.sep}`),
    generateId: ({ entry }) => articleBodyId(entry),
  });
  return {
    name: 'atlas-article-bodies',
    async load(context) {
      await sharedContent(root, context.logger);
      // A guide without articles is fine: no warning about an empty folder.
      if (!existsSync(path.join(root, 'articles'))) return context.store.clear();
      forgetOtherFolders(context, path.join(root, 'articles'));
      await mdx.load(context);
    },
  };
}

/**
 * The glob loader keeps an unchanged file's entry as it was stored, file path included. Guides
 * built one after another from different content folders share Astro's store, so an article
 * that is the same in both would keep pointing at the folder of the first build (possibly gone).
 * Entries from any other folder are dropped first, and the glob loader stores them afresh.
 */
function forgetOtherFolders(context: Parameters<Loader['load']>[0], folder: string): void {
  const projectRoot = fileURLToPath(context.config.root);
  for (const [id, entry] of context.store.entries()) {
    const file = entry.filePath === undefined ? undefined : path.resolve(projectRoot, entry.filePath);
    if (file === undefined || !file.startsWith(folder + path.sep)) context.store.delete(id);
  }
}
