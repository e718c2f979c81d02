/**
 * The Astro content loader for the guide. All collections come from one content folder that is
 * checked as a whole (schemas and cross-references) before any collection is filled, because a
 * dangling reference must fail the build, not just log.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { jsonSchemaFolder, writeJsonSchemas } from '../lib/content/json-schemas.ts';
import { loadContent } from '../lib/content/load.ts';
import { isContentError } from '../lib/content/problems.ts';
import type { AtlasContent } from '../lib/content/types.ts';
import { translationGaps } from '../lib/translation-gaps.ts';
import { withAstroImages } from './astro-images.ts';
import { contentRoot } from './content-root.ts';


/** A cheap fingerprint of the folder, so the five collections share one load until a file changes. */
async function fingerprint(root: string): Promise<string> {
  const names = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  const parts = await Promise.all(
    names.sort().map(async (name) => {
      const info = await stat(path.join(root, name)).catch(() => null);
      return info?.isFile() ? `${name}:${info.size}:${info.mtimeMs}` : '';
    }),
  );
  return parts.join('|');
}

let schemasWritten: Promise<unknown> | undefined;

let cached: { root: string; fingerprint: string; content: Promise<AtlasContent> } | undefined;
let reportedGapsFor: Promise<AtlasContent> | undefined;

/** The checked content of the folder, loaded once for every collection until a file changes. */
export async function sharedContent(root: string, logger: LoaderContext['logger']): Promise<AtlasContent> {
  // Editors validate content against these; a build refreshes them like `npm run check` does.
  schemasWritten ??= writeJsonSchemas(path.resolve(jsonSchemaFolder)).catch((error: Error) => logger.warn(`JSON Schemas not written: ${error.message}`));
  const current = await fingerprint(root);
  if (!cached || cached.root !== root || cached.fingerprint !== current) {
    cached = { root, fingerprint: current, content: loadContent(root).catch(explainForAstro) };
  }
  const content = cached.content;
  if (reportedGapsFor !== content) {
    reportedGapsFor = content;
    content.then((loaded) => reportTranslationGaps(loaded, logger), () => {});
  }
  return content;
}

/** Content problems are the staff's to fix, not a crash: show the list without a stack trace. */
function explainForAstro(error: unknown): never {
  if (!isContentError(error)) throw error;
  const friendly = new AstroError(
    error.message,
    '修改上面列出的文件后重新构建。/ Fix the files listed above, then build again. `npm run check` checks content without building.',
  );
  friendly.stack = '';
  throw friendly;
}

function reportTranslationGaps(content: AtlasContent, logger: LoaderContext['logger']): void {
  const gaps = translationGaps(content);
  if (gaps.length === 0) return;
  const fields = gaps.reduce((total, gap) => total + gap.fields.length, 0);
  logger.warn(`暂无英文 / translation pending: ${fields} field(s) in ${gaps.length} entr${gaps.length === 1 ? 'y' : 'ies'}`);
  for (const gap of gaps.slice(0, 20)) logger.warn(`  ${gap.file}: ${gap.fields.join(', ')}`);
  if (gaps.length > 20) logger.warn(`  … and ${gaps.length - 20} more`);
}

const reportedErrors = new WeakSet<Error>();

/** The collections share one load, so the dev server would otherwise show its problems once per collection. */
function reportOnce(error: Error, logger: LoaderContext['logger']): void {
  if (reportedErrors.has(error)) return;
  reportedErrors.add(error);
  logger.error(error.message);
}

export type CollectionName = 'site' | 'regions' | 'chains' | 'opportunities' | 'policies' | 'articles' | 'zhHantOverrides';

/** The override dictionary as one entry; a guide without the file gets an empty one, so the collection is never missing. */
function overrideEntries(content: AtlasContent) {
  return [content.zhHantOverrides ?? { id: 'zh-hant-overrides', file: content.site.file, data: { terms: {} } }];
}

/** Loads one collection of the shared content into Astro's data store. */
export function atlasLoader(collection: CollectionName): Loader {
  return {
    name: `atlas-${collection}`,
    async load(context: LoaderContext) {
      const root = contentRoot();
      const fill = async () => {
        const content = await sharedContent(root, context.logger);
        const entries = collection === 'site' ? [content.site] : collection === 'zhHantOverrides' ? overrideEntries(content) : content[collection];
        context.store.clear();
        for (const entry of entries) {
          const data = withAstroImages(entry.data as Record<string, unknown>, collection === 'site' ? [['brand', 'logo']] : []);
          context.store.set({
            id: entry.id,
            data,
            // Astro keeps file paths with `/`, also on Windows.
            filePath: path.relative(process.cwd(), entry.file).split(path.sep).join('/'),
            digest: context.generateDigest(data),
          });
        }
      };
      // Watch before the first load, so a file saved while the dev server starts is not missed.
      context.watcher?.add(root);
      context.watcher?.on('all', (_event, changed) => {
        if (path.resolve(changed).startsWith(root)) fill().catch((error: Error) => reportOnce(error, context.logger));
      });
      await fill();
    },
  };
}
