/**
 * Loads a whole content folder: reads every file, validates it against its collection schema,
 * then checks references across collections. Every problem is collected before failing, so staff
 * can fix a batch of files in one go.
 */
import { readFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { collectionSchemas } from '../../schemas/index.ts';
import { bi, unpack } from './bilingual.ts';
import { articleFieldPosition, loadArticles } from './articles.ts';
import { checkBasemapFile, checkBoundaries } from './boundaries.ts';
import { checkBrandContrast } from './brand.ts';
import type { CheckedFiles } from './checked-files.ts';
import { displayPath, idFromFile, listYamlFiles } from './files.ts';
import { checkEntryImages, imageFileChecker } from './images.ts';
import { buildDate } from '../dates.ts';
import { checkHistories } from './histories.ts';
import { checkIntegrity, type RawProblem } from './integrity.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import type { AtlasContent, ContentEntry } from './types.ts';
import { problemAt, validateFile } from './validate.ts';
import { contentWarnings } from './warnings.ts';
import { fieldLocator, scanForField } from './yaml.ts';
import { checkZhHantOverrides, loadZhHantOverrides, zhHantOverridesFile } from './zh-hant-overrides.ts';

type EntryCollection = 'regions' | 'chains' | 'opportunities' | 'policies';
const entryCollections: EntryCollection[] = ['regions', 'chains', 'opportunities', 'policies'];

/** Runs `task` over `items` with at most `limit` in flight (10 000 files must not exhaust file handles). */
async function mapLimited<Item, Result>(items: Item[], limit: number, task: (item: Item) => Promise<Result>): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

interface CollectionResult<Data> {
  entries: ContentEntry<Data>[];
  /** Every file of the collection, valid or not. */
  files: string[];
  declaredIds: Set<string>;
  problems: ContentProblem[];
}

/** Files as they would be after unsaved changes: absolute path → new text, or null for a deleted file. */
export type UnsavedFiles = ReadonlyMap<string, string | null>;

/** Validates one file: with its unsaved text when it has one, from the checked files when they know it unchanged. */
function checkFile<Schema extends z.ZodType>(file: string, schema: Schema, unsaved: UnsavedFiles, checked: CheckedFiles | undefined) {
  const text = unsaved.get(file);
  return text === undefined && checked ? checked.check(file, schema) : validateFile(file, schema, text ?? undefined);
}

async function loadCollection<Schema extends z.ZodType>(root: string, name: EntryCollection, schema: Schema, unsaved: UnsavedFiles = new Map(), checked?: CheckedFiles): Promise<CollectionResult<z.output<Schema>>> {
  const folder = path.join(root, name);
  const added = [...unsaved].filter(([file, text]) => text !== null && file.startsWith(folder + path.sep)).map(([file]) => file);
  const files = [...new Set([...(await listYamlFiles(folder)), ...added])].filter((file) => unsaved.get(file) !== null).sort();
  const results = await mapLimited(files, 64, (file) => checkFile(file, schema, unsaved, checked));
  const problems = results.flatMap((result) => result.problems);
  const entries = results.flatMap((result) => (result.entry ? [result.entry] : []));

  const firstFileOfId = new Map<string, string>();
  const declaredIds = new Set<string>();
  for (const file of files) {
    const id = idFromFile(file);
    const first = firstFileOfId.get(id);
    if (first !== undefined) {
      problems.push(
        problemAt(file, undefined, [], bi(`编号 "${id}" 重复：${displayPath(first)} 已使用此文件名`, `duplicate id "${id}": ${displayPath(first)} already uses this file name`)),
      );
    } else firstFileOfId.set(id, file);
    declaredIds.add(id);
  }
  return { entries, files, declaredIds, problems };
}

async function loadSite(root: string, unsaved: UnsavedFiles = new Map(), checked?: CheckedFiles): Promise<{ entry?: ContentEntry<z.output<typeof collectionSchemas.site>>; file?: string; problems: ContentProblem[] }> {
  const candidates = ['site.yaml', 'site.yml'].map((name) => path.join(root, name));
  const found = [];
  for (const candidate of candidates) if (unsaved.get(candidate) !== null && (unsaved.has(candidate) || (await exists(candidate)))) found.push(candidate);
  if (found.length === 0) {
    return {
      problems: [
        { file: displayPath(candidates[0]), path: [], message: { zh: '缺少站点设置文件 site.yaml', en: 'the site settings file site.yaml is missing' } },
      ],
    };
  }
  const result = await checkFile(found[0], collectionSchemas.site, unsaved, checked);
  return result.entry ? { entry: { ...result.entry, id: 'site' }, file: found[0], problems: [] } : { file: found[0], problems: result.problems };
}

/**
 * Looks up the line of each problem's field. `scan` finds keys by scanning the text rather than
 * parsing it, for the many warnings of a large guide; list paths still use the parser.
 */
async function locate(problems: RawProblem[], { scan = false, unsaved = new Map() as UnsavedFiles } = {}): Promise<ContentProblem[]> {
  const texts = new Map<string, string>();
  const locators = new Map<string, ReturnType<typeof fieldLocator>>();
  const located: ContentProblem[] = [];
  for (const problem of problems) {
    let text = texts.get(problem.file);
    if (text === undefined) {
      text = unsaved.get(problem.file) ?? readFileSync(problem.file, 'utf8');
      texts.set(problem.file, text);
    }
    if (problem.line !== undefined || /\.mdx?$/i.test(problem.file)) {
      // Articles: a line the MDX check found, or a field of the frontmatter.
      const position = problem.line !== undefined ? { line: problem.line } : articleFieldPosition(text, problem.path);
      located.push({ file: displayPath(problem.file), path: problem.path, ...position, message: unpack(problem.message) });
      continue;
    }
    let position = scan ? scanForField(text, problem.path) : undefined;
    if (!position) {
      let locator = locators.get(problem.file);
      if (!locator) {
        locator = fieldLocator(text);
        locators.set(problem.file, locator);
      }
      position = locator(problem.path);
    }
    located.push({ file: displayPath(problem.file), path: problem.path, ...position, message: unpack(problem.message) });
  }
  return located;
}

/** Every picture of every entry, and the site's logo, names a readable image file in the folder. */
async function checkImages(content: AtlasContent): Promise<RawProblem[]> {
  const checker = imageFileChecker(content.root);
  const entries = [...content.regions, ...content.chains, ...content.opportunities, ...content.articles];
  const problems = (await mapLimited(entries, 64, (entry) => checkEntryImages(entry.file, entry.data, content.root, checker))).flat();
  const logo = content.site.data.brand.logo;
  if (logo !== undefined) {
    const message = await checker(content.site.file, logo);
    if (message !== null) problems.push({ file: content.site.file, path: ['brand', 'logo'], message });
  }
  return problems;
}

export interface CheckOptions {
  /** Also collect warnings (missing English, stale entries, expired policies …) as of this date. */
  warningsAsOf?: string;
  /** Check the folder as it would be with these changes, without writing them (the browser editor). */
  unsaved?: UnsavedFiles;
  /** The day no project history may go beyond; the build's date (`ATLAS_TODAY` or today) when not given. */
  today?: string;
  /**
   * Files checked by an earlier load of the same folder (the dev server's): unchanged files are
   * not read or validated again. The checks across files always run on the whole folder.
   */
  checkedFiles?: CheckedFiles;
}

export interface CheckResult {
  content?: AtlasContent;
  problems: ContentProblem[];
  /** Empty unless `warningsAsOf` was given. */
  warnings: ContentProblem[];
}

/** Loads and checks the content folder; returns the content (when usable) and every problem found. */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const absoluteRoot = path.resolve(root);
  if (!(await exists(absoluteRoot))) {
    return { problems: [{ file: displayPath(absoluteRoot), path: [], message: { zh: '内容文件夹不存在', en: 'the content folder does not exist' } }], warnings: [] };
  }
  const { unsaved, checkedFiles } = options;
  const [site, regions, chains, opportunities, policies, articles, zhHantOverrides] = await Promise.all([
    loadSite(absoluteRoot, unsaved, checkedFiles),
    loadCollection(absoluteRoot, 'regions', collectionSchemas.regions, unsaved, checkedFiles),
    loadCollection(absoluteRoot, 'chains', collectionSchemas.chains, unsaved, checkedFiles),
    loadCollection(absoluteRoot, 'opportunities', collectionSchemas.opportunities, unsaved, checkedFiles),
    loadCollection(absoluteRoot, 'policies', collectionSchemas.policies, unsaved, checkedFiles),
    loadArticles(absoluteRoot),
    loadZhHantOverrides(absoluteRoot, unsaved?.get(path.join(absoluteRoot, zhHantOverridesFile))),
  ]);
  const problems = [site, regions, chains, opportunities, policies, articles, zhHantOverrides].flatMap((result) => result.problems);
  checkedFiles?.keepOnly([site.file ?? '', ...[regions, chains, opportunities, policies].flatMap((collection) => collection.files)]);
  if (!site.entry) return { problems, warnings: [] };

  const content: AtlasContent = {
    root: absoluteRoot,
    site: site.entry,
    regions: regions.entries,
    chains: chains.entries,
    opportunities: opportunities.entries,
    policies: policies.entries,
    articles: articles.entries,
    zhHantOverrides: zhHantOverrides.entry,
  };
  const declared = {
    regions: regions.declaredIds,
    chains: chains.declaredIds,
    opportunities: opportunities.declaredIds,
    policies: policies.declaredIds,
  };
  const brandProblems = checkBrandContrast(content.site.file, content.site.data.brand);
  problems.push(
    ...(await locate(
      [...checkIntegrity(content, declared, articles.componentUses), ...checkHistories(content, options.today ?? options.warningsAsOf ?? buildDate()), ...(await checkBoundaries(content)), ...(await checkBasemapFile(content)), ...(await checkImages(content)), ...brandProblems, ...checkZhHantOverrides(content.zhHantOverrides, content.site.data.traditionalChinese.standard)],
      { unsaved },
    )),
  );
  const warnings = options.warningsAsOf === undefined ? [] : await locate(contentWarnings(content, options.warningsAsOf), { scan: true, unsaved });
  return { content, problems, warnings };
}

/** Loads the content folder or throws a ContentError listing every problem. */
export async function loadContent(root: string, options: Pick<CheckOptions, 'checkedFiles'> = {}): Promise<AtlasContent> {
  const { content, problems } = await checkContent(root, options);
  if (problems.length > 0 || !content) throw new ContentError(problems);
  return content;
}

export { entryCollections };
