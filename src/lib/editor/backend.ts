/**
 * The browser editor's storage: Decap CMS's local-repository protocol (the one `decap-server`
 * speaks), answered for the content folder with the project's own rules. Nothing is written
 * unless the whole folder, with the change, passes the same checks as `npm run check`; when it
 * does not, the answer names each problem's field so the editor can show it there.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, parse, parseDocument } from 'yaml';
import { collectionSchemas, type CollectionName } from '../../schemas/index.ts';
import { idPattern } from '../../schemas/common.ts';
import { bi, unpack, type Bilingual } from '../content/bilingual.ts';
import { checkContent } from '../content/load.ts';
import { formatPath, type FieldPath } from '../content/problems.ts';
import { editorOnlyFields } from './cms-config.ts';
import { imageFolderOf, saveUpload } from './uploads.ts';
import { newEntryText, updatedEntryText, type PlainObject } from './yaml-writer.ts';

/** A problem as the editor shows it: on a field of the entry being saved, or on another file. */
export interface EditorProblem {
  /** Field path inside the entry ('' for the file as a whole); `id` for problems with its name. */
  field: string;
  path: FieldPath;
  message: Bilingual;
  /** Set when the problem is in another file (e.g. a deleted region still referred to). */
  file?: string;
  line?: number;
}

export class SaveRefused extends Error {
  readonly problems: EditorProblem[];
  constructor(problems: EditorProblem[]) {
    super(problems.map((problem) => `${problem.file ? `${problem.file}: ` : ''}${problem.field || '—'}: ${problem.message.zh} / ${problem.message.en}`).join('\n'));
    this.problems = problems;
  }
}

const entryCollections = ['regions', 'chains', 'opportunities', 'policies'] as const;

/** The collection a content-relative path belongs to. */
export function collectionOf(relative: string): CollectionName | undefined {
  const normal = relative.replaceAll('\\', '/').replace(/^\/+/, '');
  if (/^site\.ya?ml$/.test(normal)) return 'site';
  const first = normal.split('/')[0];
  return (entryCollections as readonly string[]).includes(first) ? (first as CollectionName) : undefined;
}

const toPosix = (relative: string) => relative.split(path.sep).join('/');

export class ContentBackend {
  readonly root: string;
  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** An absolute path inside the content folder; anything that would leave it is refused. */
  resolve(relative: string): string {
    const absolute = path.resolve(this.root, relative);
    const inside = path.relative(this.root, absolute);
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) throw new Error(`outside the content folder: ${relative}`);
    return absolute;
  }

  /** Saves an uploaded picture beside the entries of `collection` (and `place`); returns its `src`. */
  async upload(collection: string, place: string | undefined, fileName: string, bytes: Uint8Array): Promise<string> {
    return saveUpload(this.resolve(imageFolderOf(collection, place)), fileName, bytes);
  }

  /** The file's text as the editor reads it: with its id (and folder) as fields of the form. */
  async readForEditor(relative: string): Promise<{ data: string | null; file: { path: string; id: string | null } }> {
    const file = { path: toPosix(path.normalize(relative)).replace(/^\/+/, '') };
    let text: string;
    try {
      text = await readFile(this.resolve(relative), 'utf8');
    } catch {
      return { data: null, file: { ...file, id: null } };
    }
    const id = createHash('sha256').update(text).digest('hex');
    const collection = collectionOf(file.path);
    const document = parseDocument(text);
    if (!collection || collection === 'site' || !isMap(document.contents)) return { data: text, file: { ...file, id } };
    const parts = file.path.split('/');
    const extra: [string, string][] = [[editorOnlyFields.id, path.posix.basename(file.path, path.posix.extname(file.path))]];
    if (collection === 'opportunities') extra.push([editorOnlyFields.folder, parts.slice(1, -1).join('/')]);
    (document.contents.items as unknown[]).unshift(...extra.map(([key, value]) => document.createPair(key, value)));
    return { data: document.toString({ lineWidth: 0 }), file: { ...file, id } };
  }

  /** Every entry file under a folder, down to `depth` levels. */
  async listFolder(folder: string, extension: string, depth: number): Promise<string[]> {
    const found: string[] = [];
    const walk = async (relative: string, level: number) => {
      if (level > depth) return;
      const entries = await readdir(this.resolve(relative), { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
        const child = path.posix.join(relative, entry.name);
        if (entry.isDirectory()) await walk(child, level + 1);
        else if (entry.name.endsWith(`.${extension}`)) found.push(child);
      }
    };
    await walk(folder, 1);
    return found.sort();
  }

  /** Subfolders of `opportunities/`, for the folder dropdown. */
  async opportunityFolders(): Promise<string[]> {
    const files = await this.listFolder('opportunities', 'yaml', 4);
    return [...new Set(files.map((file) => file.split('/').slice(1, -1).join('/')))].sort();
  }

  /**
   * What saving the form's YAML would write, and where. `previousPath` is the file the entry was
   * opened from (absent for a new entry).
   */
  async prepare(raw: string, previousPath: string | undefined, collectionHint?: CollectionName): Promise<{ file: string; text: string; previous?: string; problems: EditorProblem[] }> {
    const collection = collectionHint ?? (previousPath ? collectionOf(previousPath) : undefined);
    if (!collection) throw new Error(`unknown collection for ${previousPath}`);
    const data = (parse(raw) ?? {}) as PlainObject;
    const problems: EditorProblem[] = [];
    let file: string;
    if (collection === 'site') {
      file = this.resolve('site.yaml');
    } else {
      const id = String(data[editorOnlyFields.id] ?? '').trim();
      const folder = String(data[editorOnlyFields.folder] ?? '').trim();
      delete data[editorOnlyFields.id];
      delete data[editorOnlyFields.folder];
      if (!idPattern.test(id)) {
        problems.push({ field: editorOnlyFields.id, path: [editorOnlyFields.id], message: unpack(bi('编号只能用小写字母、数字和连字符，例如 jiutai-pharma', 'the id may use lowercase letters, digits and hyphens only, e.g. jiutai-pharma')) });
      }
      if (folder !== '' && !/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/.test(folder)) {
        problems.push({ field: editorOnlyFields.folder, path: [editorOnlyFields.folder], message: unpack(bi('文件夹名只能用小写字母、数字和连字符', 'folder names use lowercase letters, digits and hyphens')) });
      }
      if (problems.length > 0) return { file: '', text: '', problems };
      file = this.resolve(path.join(collection, folder, `${id}.yaml`));
    }
    const previous = previousPath ? this.resolve(previousPath) : undefined;
    const originalText = previous ? await readFile(previous, 'utf8').catch(() => undefined) : undefined;
    const schema = collectionSchemas[collection];
    const text = originalText === undefined ? newEntryText(data, schema) : updatedEntryText(originalText, data, schema);
    if (file !== previous) {
      const taken = (await this.listFolder(collection, 'yaml', 8).catch(() => [])).find((other) => path.posix.basename(other, '.yaml') === path.basename(file, '.yaml'));
      if (taken) {
        problems.push({ field: editorOnlyFields.id, path: [editorOnlyFields.id], message: unpack(bi(`编号已被 ${taken} 使用`, `the id is already used by ${taken}`)) });
        return { file, text, previous, problems };
      }
    }
    const unsaved = new Map<string, string | null>([[file, text]]);
    if (previous && previous !== file) unsaved.set(previous, null);
    problems.push(...(await this.check(unsaved, file)));
    return { file, text, previous, problems };
  }

  /** The folder's errors with these changes, the saved file's own on its fields. */
  async check(unsaved: Map<string, string | null>, file?: string): Promise<EditorProblem[]> {
    const { problems } = await checkContent(this.root, { unsaved });
    return problems.map((problem) => {
      const own = file !== undefined && path.resolve(problem.file) === file;
      const field = formatPath(problem.path);
      return own
        ? { field: field === '' ? editorOnlyFields.id : field, path: problem.path, message: problem.message, line: problem.line }
        : { field, path: problem.path, message: problem.message, file: problem.file, line: problem.line };
    });
  }

  /** Saves an entry after checking it; refuses with every problem otherwise. */
  async persist(raw: string, previousPath: string | undefined, collection?: CollectionName): Promise<string> {
    const prepared = await this.prepare(raw, previousPath, collection);
    if (prepared.problems.length > 0) throw new SaveRefused(prepared.problems);
    await mkdir(path.dirname(prepared.file), { recursive: true });
    await writeFile(prepared.file, prepared.text);
    if (prepared.previous && prepared.previous !== prepared.file) await rm(prepared.previous, { force: true });
    return toPosix(path.relative(this.root, prepared.file));
  }

  /** Deletes entries, unless other entries still refer to them. */
  async remove(relativePaths: string[]): Promise<void> {
    const unsaved = new Map<string, string | null>(relativePaths.map((relative) => [this.resolve(relative), null]));
    const problems = await this.check(unsaved);
    if (problems.length > 0) throw new SaveRefused(problems);
    await Promise.all([...unsaved.keys()].map((file) => rm(file, { force: true })));
  }

  /** Answers one request of Decap's proxy protocol. */
  async handle(action: string, params: Record<string, unknown>): Promise<unknown> {
    switch (action) {
      case 'info':
        return { repo: path.basename(this.root), publish_modes: ['simple'], type: 'local_fs' };
      case 'entriesByFolder': {
        const files = await this.listFolder(String(params.folder), String(params.extension ?? 'yaml'), Number(params.depth ?? 1));
        return Promise.all(files.map((file) => this.readForEditor(file)));
      }
      case 'entriesByFiles':
        return Promise.all((params.files as { path: string }[]).map((file) => this.readForEditor(file.path)));
      case 'getEntry':
        return this.readForEditor(String(params.path));
      case 'persistEntry': {
        const [dataFile] = (params.dataFiles as { path: string; raw: string; newPath?: string }[] | undefined) ?? [params.entry as { path: string; raw: string }];
        const previous = await readFile(this.resolve(dataFile.path)).then(() => dataFile.path, () => undefined);
        const collection = collectionOf(dataFile.path);
        const saved = await this.persist(dataFile.raw, previous, collection);
        return { message: 'entry persisted', path: saved };
      }
      case 'deleteFile':
        await this.remove([String(params.path)]);
        return { message: 'deleted' };
      case 'deleteFiles':
        await this.remove(params.paths as string[]);
        return { message: 'deleted' };
      case 'getMedia':
        return [];
      case 'getDeployPreview':
        return null;
      default:
        throw new Error(`unknown action ${action}`);
    }
  }
}
