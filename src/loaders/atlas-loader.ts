/**
 * The Astro content loader for the guide. All collections come from one content folder that is
 * checked as a whole (schemas and cross-references) before any collection is filled, because a
 * dangling reference must fail the build, not just log.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CheckedFiles, settleMs } from '../lib/content/checked-files.ts';
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

interface Shared {
  root: string;
  fingerprint: string;
  content: Promise<AtlasContent>;
}

/** The latest look at the folder: which folder, after how many changes, and what it found. */
let latest: { root: string; changes: number; settled: boolean; shared: Promise<Shared> } | undefined;
let reportedGapsFor: Promise<AtlasContent> | undefined;
/** Files of the folder as last checked; a reload after a save reads and validates only what changed. */
let checkedFiles: { root: string; files: CheckedFiles } | undefined;

/**
 * Changes the dev server's watcher has reported in the content folder. Every loader hears each
 * change and refills; they hear it in one turn of the event loop, which counts once, so the
 * first loader starts the reload and the others share it.
 */
let changesSeen = 0;
let countedThisTurn = false;
const watchedRoots = new Set<string>();
const watching = (root: string) => watchedRoots.has(root);

function countChange(): void {
  if (countedThisTurn) return;
  countedThisTurn = true;
  changesSeen++;
  queueMicrotask(() => (countedThisTurn = false));
}

/** Each collection's refill under the dev server's watcher, by collection. */
const refills = new Map<string, () => void>();
let settleTimer: ReturnType<typeof setTimeout> | undefined;

async function loadShared(root: string): Promise<AtlasContent> {
  if (checkedFiles?.root !== root) checkedFiles = { root, files: new CheckedFiles() };
  const files = checkedFiles.files;
  files.unsettled = false;
  try {
    return await loadContent(root, { checkedFiles: files }).catch(explainForAstro);
  } finally {
    // A file saved moments ago may have been read half-written, and the watcher may report the
    // end of that save with the same event: under a watcher, look again once the file settled.
    if (files.unsettled && watching(root)) {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        countChange();
        for (const refill of refills.values()) refill();
      }, settleMs);
      settleTimer.unref?.();
    }
  }
}

/**
 * Loads the folder again unless its fingerprint is that of the previous load. Under a watcher a
 * look follows a reported change: load at once (only changed files are read), no fingerprint.
 */
async function lookAgain(root: string, previous: Promise<Shared> | undefined): Promise<Shared> {
  if (watching(root)) {
    await previous;
    return { root, fingerprint: '', content: loadShared(root) };
  }
  const [before, current] = await Promise.all([previous, fingerprint(root)]);
  if (before?.root === root && before.fingerprint === current) return before;
  return { root, fingerprint: current, content: loadShared(root) };
}

/** The checked content of the folder, loaded once for every collection until a file changes. */
export async function sharedContent(root: string, logger: LoaderContext['logger']): Promise<AtlasContent> {
  // Editors validate content against these; a build refreshes them like `npm run check` does.
  schemasWritten ??= writeJsonSchemas(path.resolve(jsonSchemaFolder)).catch((error: Error) => logger.warn(`JSON Schemas not written: ${error.message}`));
  // Decided before any await, so the loaders called for one change share one look at the folder.
  // A look still under way is shared too; a finished one is repeated unless a watcher vouches
  // that nothing changed since (a build has no watcher and looks again, as before).
  const current = latest?.root === root && latest.changes === changesSeen && (!latest.settled || watching(root)) ? latest : undefined;
  if (!current) {
    const look = { root, changes: changesSeen, settled: false, shared: lookAgain(root, latest?.shared) };
    look.shared.finally(() => (look.settled = true)).catch(() => {});
    latest = look;
  }
  const content = (await latest!.shared).content;
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
      const inFolder = (changed: string) => path.resolve(changed).startsWith(root);
      // Digests of the entries as stored, by validated data: a file that did not change keeps its
      // data object between loads (CheckedFiles), so its digest is not computed again.
      const digests = new WeakMap<object, { filePath: string; digest: string }>();
      let firstFill = true;
      const fill = async () => {
        const content = await sharedContent(root, context.logger);
        const entries = collection === 'site' ? [content.site] : collection === 'zhHantOverrides' ? overrideEntries(content) : content[collection];
        // The first fill of a run stores every entry afresh. Astro ignores a set whose digest it
        // already holds from the last run's saved store, and with it the entry's pictures: they
        // would be missing from (or stale in) the picture imports Astro writes to `.astro/`.
        if (firstFill) context.store.clear();
        firstFill = false;
        const ids = new Set<string>();
        for (const entry of entries) {
          ids.add(entry.id);
          // Astro keeps file paths with `/`, also on Windows.
          const filePath = path.relative(process.cwd(), entry.file).split(path.sep).join('/');
          const known = digests.get(entry.data as object);
          // Unchanged since the last fill and still stored as it was: nothing to do.
          if (known?.filePath === filePath && context.store.get(entry.id)?.digest === known.digest) continue;
          const data = withAstroImages(entry.data as Record<string, unknown>, collection === 'site' ? [['brand', 'logo']] : []);
          // The path is part of the digest: the same entry from another folder must be stored again.
          const digest = context.generateDigest({ filePath, data });
          digests.set(entry.data as object, { filePath, digest });
          // Astro skips an entry whose digest it already holds: only changed entries are written.
          context.store.set({ id: entry.id, data, filePath, digest });
        }
        // The store is saved sorted by id, so keeping unchanged entries where they are changes no order.
        for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      };
      // Watch before the first load, so a file saved while the dev server starts is not missed.
      if (context.watcher) {
        context.watcher.add(root);
        watchedRoots.add(root);
        const refill = () => void fill().catch((error: Error) => reportOnce(error, context.logger));
        refills.set(collection, refill);
        context.watcher.on('all', (_event, changed) => {
          if (!inFolder(changed)) return;
          countChange();
          refill();
        });
      }
      await fill();
    },
  };
}
