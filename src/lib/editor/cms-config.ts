/**
 * The browser editor's configuration (Decap CMS), generated from the zod schemas each time the
 * editor loads: every field of every collection, its label and hint from the schema's JSDoc line,
 * whether it is required, closed lists as dropdowns with their Chinese labels, references as
 * dropdowns of the ids that exist, dates as date pickers, Markdown prose with a preview. The
 * editor therefore cannot drift from the schemas; `test/unit/editor-config.test.ts` walks the
 * schemas and fails on any field the configuration lacks.
 */
import type { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../../schemas/index.ts';
import { entryId, isoDate, localizedText, vocabularyLabels } from '../../schemas/common.ts';
import { imagePath } from '../../schemas/image.ts';
import { shapeKey, type FieldDocs } from './jsdoc.ts';
import { chineseFieldNames, chineseFieldNamesIn } from './labels-zh.ts';

/** What exists in the content folder, for the reference dropdowns. */
export interface ContentIndex {
  regions: { id: string; name: string }[];
  chains: { id: string; name: string; nodes: { id: string; name: string }[] }[];
  industries: { id: string; name: string }[];
  policies: { id: string; name: string }[];
  /** Sub-folders of `opportunities/` (e.g. one per place); '' stands for the folder itself. */
  opportunityFolders: string[];
}

export interface SelectOption {
  label: string;
  value: string;
}

/** One field of the Decap configuration; `atlas_path` names it for the content checks' errors. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  atlas_path?: string;
  /** Pictures: the collection whose `images/` folder an upload goes in. */
  atlas_collection?: string;
  fields?: CmsField[];
  field?: CmsField;
  options?: SelectOption[];
  multiple?: boolean;
  markdown?: boolean;
  multiline?: boolean;
  pattern?: [string, string];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  collapsed?: boolean;
  default?: unknown;
  summary?: string;
  label_singular?: string;
}

/** Fields the editor adds for the file itself; they are never written into the file. */
export const editorOnlyFields = { id: 'id', folder: 'place' } as const;

type Zod = z.ZodType;
interface ZodDef {
  type: string;
  innerType?: Zod;
  defaultValue?: unknown;
  in?: Zod;
  out?: Zod;
  shape?: Record<string, Zod>;
  element?: Zod;
  entries?: Record<string, string>;
  options?: Zod[];
  format?: string;
  checks?: { _zod: { def: { check: string; minimum?: number; value?: number } } }[];
}
const defOf = (schema: Zod) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

interface Unwrapped {
  schema: Zod;
  optional: boolean;
  hasDefault: boolean;
}

/** Strips optional/default wrappers and transforms, keeping what the field accepts. */
export function unwrap(schema: Zod): Unwrapped {
  let optional = false;
  let hasDefault = false;
  let current = schema;
  for (;;) {
    if (vocabularyLabels.has(current)) break;
    const def = defOf(current);
    if (def.type === 'optional') optional = true;
    else if (def.type === 'default' || def.type === 'prefault') hasDefault = true;
    else if (def.type === 'pipe' && def.in && defOf(def.in).type !== 'transform') {
      current = def.in;
      continue;
    } else break;
    current = def.innerType as Zod;
  }
  return { schema: current, optional, hasDefault };
}

/** The fields of an object schema (after unwrapping), or undefined for anything else. */
export function objectShape(schema: Zod): Record<string, Zod> | undefined {
  const def = defOf(unwrap(schema).schema);
  return def.type === 'object' ? def.shape : undefined;
}

/** The first sentence of a JSDoc line, without its full stop: the field's label. */
function labelFrom(doc: string, name: string): string {
  const sentence = doc.split(/(?<=[.;:])\s|\s\(|, e\.g\./)[0].replace(/[.;:]$/, '').trim();
  return sentence === '' ? name : sentence;
}

type ReferenceTarget = 'regions' | 'chains' | 'nodes' | 'industries' | 'policies';

/** Which collection an id field refers to, as its JSDoc line says ("Id of the region …"). */
export function referenceTarget(doc: string): ReferenceTarget | undefined {
  const match = /^Ids? of the (\w+(?: \w+)?)/.exec(doc);
  if (!match) return undefined;
  const words = match[1];
  if (/^chain node/.test(words)) return 'nodes';
  if (/^(industry )?chains?\b/.test(words)) return 'chains';
  if (/^region/.test(words)) return 'regions';
  if (/^industr/.test(words)) return 'industries';
  if (/^polic/.test(words)) return 'policies';
  return undefined;
}

function idChoices(target: ReferenceTarget, index: ContentIndex): SelectOption[] {
  const labelled = (entries: { id: string; name: string }[]) => entries.map(({ id, name }) => ({ value: id, label: `${name}（${id}）` }));
  if (target === 'nodes') {
    return index.chains.flatMap((chain) => chain.nodes.map((node) => ({ value: node.id, label: `${chain.name} › ${node.name}（${node.id}）` })));
  }
  return labelled(index[target]);
}

/** The default of a field, as the file would say it (so the writer can leave it out). */
export function defaultOf(schema: Zod): unknown {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'default' || def.type === 'prefault') return def.defaultValue;
    if (def.type !== 'optional') return undefined;
    current = def.innerType as Zod;
  }
}

interface Context {
  docs: Map<string, FieldDocs>;
  index: ContentIndex;
  /** Inside an optional object: its inner fields are checked by the content checks, not by the form. */
  relaxed: boolean;
  collection: CollectionName;
}

function numberLimits(schema: Zod): Pick<CmsField, 'min' | 'max' | 'value_type'> {
  const def = defOf(schema);
  const limits: Pick<CmsField, 'min' | 'max' | 'value_type'> = { value_type: def.format === 'safeint' ? 'int' : 'float' };
  for (const check of def.checks ?? []) {
    const { check: kind, value } = check._zod.def;
    if (kind === 'greater_than') limits.min = value;
    if (kind === 'less_than') limits.max = value;
  }
  return limits;
}

function fieldFor(name: string, schema: Zod, doc: string, path: string, context: Context): CmsField {
  const { schema: inner, optional, hasDefault } = unwrap(schema);
  const chinese = chineseFieldNamesIn[`${context.collection}.${path}`] ?? chineseFieldNames[name];
  const base: CmsField = {
    name,
    label: chinese ? `${chinese} · ${name}` : labelFrom(doc, name),
    hint: doc === '' ? undefined : doc,
    widget: 'atlas-string',
    required: !(optional || hasDefault || context.relaxed),
    atlas_path: path,
  };
  const vocabulary = vocabularyLabels.get(inner);
  if (vocabulary) {
    return { ...base, widget: 'atlas-select', options: vocabulary.map(({ key, label }) => ({ value: key, label: label === key ? key : `${label}（${key}）` })) };
  }
  if (inner === localizedText) {
    const markdown = /\bMarkdown\b/.test(doc);
    return { ...base, widget: 'atlas-bilingual', markdown, multiline: markdown || /sentence|text|notes|Details/i.test(doc) };
  }
  if (inner === isoDate) return { ...base, widget: 'atlas-date' };
  if (inner === imagePath) return { ...base, widget: 'atlas-image', atlas_collection: context.collection };
  if (inner === entryId) {
    const target = referenceTarget(doc);
    if (target) return { ...base, widget: 'atlas-select', options: idChoices(target, context.index) };
    return { ...base, pattern: ['^[a-z0-9][a-z0-9-]*$', '小写字母、数字和连字符 / lowercase letters, digits and hyphens'] };
  }
  const def = defOf(inner);
  switch (def.type) {
    case 'boolean':
      return { ...base, widget: 'atlas-boolean', required: false, default: defaultOf(schema) };
    case 'number':
      return { ...base, widget: 'atlas-number', ...numberLimits(inner) };
    case 'enum':
      return { ...base, widget: 'atlas-select', options: Object.values(def.entries ?? {}).map((value) => ({ value, label: value })) };
    case 'object': {
      const fields = objectFields(def.shape ?? {}, path, { ...context, relaxed: context.relaxed || optional });
      return { ...base, widget: 'object', collapsed: false, fields };
    }
    case 'array': {
      const element = def.element as Zod;
      const elementInner = unwrap(element).schema;
      const minimum = def.checks?.find((check) => check._zod.def.check === 'min_length')?._zod.def.minimum;
      const listRequired = base.required || (minimum ?? 0) > 0;
      const itemDoc = doc;
      const elementField = fieldFor(name, element, itemDoc, `${path}[]`, { ...context, relaxed: false });
      if (elementField.widget === 'atlas-select') {
        return { ...base, widget: 'atlas-select', multiple: true, options: elementField.options, required: listRequired && !context.relaxed };
      }
      if (defOf(elementInner).type === 'object') {
        return { ...base, widget: 'list', required: listRequired && !context.relaxed, collapsed: true, fields: elementField.fields, summary: listSummary(elementField.fields ?? []) };
      }
      return { ...base, widget: 'list', required: listRequired && !context.relaxed, field: { ...elementField, name: 'item', label: base.label } };
    }
    case 'union': {
      // An exact decimal (a number or a decimal string) is typed as text and kept exactly as typed.
      const kinds = (def.options ?? []).map((option) => defOf(option).type).sort().join();
      if (kinds === 'number,string') return { ...base, widget: 'atlas-string' };
      // A union the form cannot show as one control (a figure's unit: a listed unit or `{ zh, en }`): typed as text.
      return { ...base, widget: 'atlas-string', hint: `${base.hint ?? name}（可填列表中的单位 / a listed unit）` };
    }
    default:
      return base;
  }
}

/** What a collapsed list item shows: its first text field in Chinese. */
function listSummary(fields: CmsField[]): string | undefined {
  const first = fields.find((field) => field.widget === 'atlas-bilingual') ?? fields.find((field) => field.widget === 'atlas-string');
  if (!first) return undefined;
  return first.widget === 'atlas-bilingual' ? `{{fields.${first.name}.zh}}` : `{{fields.${first.name}}}`;
}

function objectFields(shape: Record<string, Zod>, parentPath: string, context: Context): CmsField[] {
  const docs = context.docs.get(shapeKey(Object.keys(shape))) ?? new Map<string, string>();
  return Object.entries(shape).map(([name, schema]) =>
    fieldFor(name, schema, docs.get(name) ?? '', parentPath === '' ? name : `${parentPath}.${name}`, context),
  );
}

/** The form fields of one collection, in the schema's order. */
export function collectionFields(collection: CollectionName, docs: Map<string, FieldDocs>, index: ContentIndex): CmsField[] {
  const shape = objectShape(collectionSchemas[collection]);
  if (!shape) throw new Error(`the ${collection} schema is not an object`);
  return objectFields(shape, '', { docs, index, relaxed: false, collection });
}

const collectionLabels: Record<CollectionName, { label: string; singular: string }> = {
  site: { label: '站点设置 Site', singular: '站点设置 Site' },
  regions: { label: '地区 Regions', singular: '地区 Region' },
  chains: { label: '产业链 Chains', singular: '产业链 Chain' },
  opportunities: { label: '机遇 Opportunities', singular: '机遇 Opportunity' },
  policies: { label: '政策 Policies', singular: '政策 Policy' },
};

function idField(): CmsField {
  return {
    name: editorOnlyFields.id,
    label: '编号（文件名） / Id (file name)',
    widget: 'atlas-string',
    required: true,
    hint: '小写字母、数字和连字符，例如 jiutai-pharma；也是网页地址的一部分 / lowercase letters, digits and hyphens; it is also part of the page address',
    pattern: ['^[a-z0-9][a-z0-9-]*$', '小写字母、数字和连字符 / lowercase letters, digits and hyphens'],
    atlas_path: '',
  };
}

function folderField(folders: string[]): CmsField {
  return {
    name: editorOnlyFields.folder,
    label: '文件夹 / Folder',
    widget: 'atlas-select',
    required: false,
    hint: '机遇文件所在的子文件夹（例如按地方或批次）/ the sub-folder the file is kept in (e.g. by place or batch)',
    options: folders.map((folder) => ({ value: folder, label: folder === '' ? '（不分文件夹 / none）' : folder })),
  };
}

export interface CmsConfigOptions {
  /** The editor's own address; the backend answers at `<origin>/api/v1`. */
  origin: string;
  /** Where the live preview (the Astro dev server) runs. */
  previewUrl?: string;
}

/** Decap CMS configuration for the whole content folder. */
export function cmsConfig(docs: Map<string, FieldDocs>, index: ContentIndex, options: CmsConfigOptions): Record<string, unknown> {
  const entryCollection = (name: Exclude<CollectionName, 'site'>, summaryField: string) => {
    const nested = name === 'opportunities' && index.opportunityFolders.some((folder) => folder !== '');
    return {
      name,
      label: collectionLabels[name].label,
      label_singular: collectionLabels[name].singular,
      folder: name,
      extension: 'yaml',
      format: 'yaml',
      create: true,
      delete: true,
      identifier_field: editorOnlyFields.id,
      slug: `{{fields.${editorOnlyFields.id}}}`,
      ...(nested ? { path: `{{${editorOnlyFields.folder}}}/{{slug}}` } : {}),
      summary: `{{${summaryField}.zh}}（{{${editorOnlyFields.id}}}）`,
      fields: [idField(), ...(nested ? [folderField(index.opportunityFolders)] : []), ...collectionFields(name, docs, index)],
    };
  };
  return {
    load_config_file: false,
    backend: { name: 'proxy', proxy_url: `${options.origin}/api/v1`, branch: 'main' },
    locale: 'zh_Hans',
    media_folder: 'images',
    ...(options.previewUrl ? { site_url: options.previewUrl, display_url: options.previewUrl } : {}),
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      entryCollection('opportunities', 'title'),
      entryCollection('regions', 'name'),
      entryCollection('chains', 'name'),
      entryCollection('policies', 'title'),
      {
        name: 'site',
        label: collectionLabels.site.label,
        editor: { preview: false },
        files: [{ name: 'site', label: collectionLabels.site.label, file: 'site.yaml', format: 'yaml', fields: collectionFields('site', docs, index) }],
      },
    ],
  };
}
