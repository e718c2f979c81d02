import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { collectionSchemas, collectionNames, type CollectionName } from '../../src/schemas/index.ts';
import { cmsConfig, collectionFields, objectShape, referenceTarget, unwrap, type CmsField, type ContentIndex } from '../../src/lib/editor/cms-config.ts';
import { readSchemaDocs } from '../../src/lib/editor/jsdoc.ts';
import { chineseFieldNames } from '../../src/lib/editor/labels-zh.ts';

const docs = readSchemaDocs();
const index: ContentIndex = {
  regions: [{ id: 'jiutai', name: '九台区' }],
  chains: [{ id: 'biomedicine', name: '生物医药产业链', nodes: [{ id: 'api', name: '原料药' }] }],
  industries: [{ id: 'biomedicine', name: '生物医药' }],
  policies: [{ id: 'land-support', name: '用地支持' }],
  opportunityFolders: ['jiutai', 'luohe'],
};

/** Every field path of a schema, as `a.b[].c`, walked straight from zod. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const shape = objectShape(schema);
  if (!shape) return [];
  return Object.entries(shape).flatMap(([name, field]) => {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const inner = unwrap(field).schema as unknown as { _zod: { def: { type: string; element?: z.ZodType } } };
    const element = inner._zod.def.type === 'array' ? inner._zod.def.element : undefined;
    // Text pairs are one control: their zh/en are not separate fields of the form.
    if (objectShape(field) && Object.keys(objectShape(field)!).join() === 'zh,en') return [path];
    return [path, ...schemaPaths(field, path), ...(element ? schemaPaths(element, `${path}[]`) : [])];
  });
}

function configPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix === '' ? field.name : `${prefix}.${field.name}`;
    const inner = field.widget === 'list' ? `${path}[]` : path;
    return [path, ...configPaths(field.fields ?? [], inner)];
  });
}

function find(fields: CmsField[], path: string): CmsField | undefined {
  const [head, ...rest] = path.split('.');
  const field = fields.find((candidate) => candidate.name === head);
  return rest.length === 0 ? field : find(field?.fields ?? [], rest.join('.'));
}

describe('the browser editor configuration', () => {
  test.each(collectionNames)('has a form field for every field of the %s schema', (collection) => {
    const fields = collectionFields(collection, docs, index);
    const missing = schemaPaths(collectionSchemas[collection]).filter((path) => !configPaths(fields).includes(path));
    expect(missing).toEqual([]);
  });

  test('labels every field with its Chinese name and hints it with the schema JSDoc line', () => {
    const names = new Set(collectionNames.flatMap((collection) => schemaPaths(collectionSchemas[collection]).map((path) => path.split('.').at(-1)!.replace('[]', ''))));
    expect([...names].filter((name) => !chineseFieldNames[name])).toEqual([]);
    const fields = collectionFields('opportunities', docs, index);
    expect(find(fields, 'investment')).toMatchObject({ label: '总投资 · investment', hint: 'Total investment, exact: amount and unit (亿元, 万元, 元, USD …), or `negotiable: true` (待定, 面议).', required: true });
    expect(find(fields, 'validUntil')).toMatchObject({ required: false, widget: 'atlas-date' });
  });

  test('offers closed lists as dropdowns with their Chinese labels, and references as dropdowns of existing ids', () => {
    const fields = collectionFields('opportunities', docs, index);
    expect(find(fields, 'stage')?.options).toContainEqual({ value: 'seeking', label: '招商中（seeking）' });
    expect(find(fields, 'cooperation')).toMatchObject({ widget: 'atlas-select', multiple: true });
    expect(find(fields, 'region')?.options).toEqual([{ value: 'jiutai', label: '九台区（jiutai）' }]);
    expect(find(fields, 'node')?.options).toEqual([{ value: 'api', label: '生物医药产业链 › 原料药（api）' }]);
    expect(find(fields, 'industry')?.options?.map((option) => option.value)).toEqual(['biomedicine']);
    expect(find(collectionFields('policies', docs, index), 'regions')).toMatchObject({ widget: 'atlas-select', multiple: true });
    expect(referenceTarget('Ids of the policies it builds on.')).toBe('policies');
  });

  test('shows text as Chinese and English side by side, Markdown fields with a preview', () => {
    const fields = collectionFields('opportunities', docs, index);
    expect(find(fields, 'title')).toMatchObject({ widget: 'atlas-bilingual', markdown: false });
    expect(find(fields, 'content')).toMatchObject({ widget: 'atlas-bilingual', markdown: true });
    expect(find(collectionFields('policies', docs, index), 'howToApply')).toMatchObject({ markdown: true });
  });

  test('offers an upload for every picture file, into the images folder of its collection', () => {
    const fields = collectionFields('regions', docs, index);
    expect(find(fields, 'images.cover.src')).toMatchObject({ widget: 'atlas-image', atlas_collection: 'regions' });
    expect(find(fields, 'images.gallery')?.fields?.find((field) => field.name === 'src')).toMatchObject({ widget: 'atlas-image' });
    expect(find(collectionFields('opportunities', docs, index), 'images.cover.src')).toMatchObject({ widget: 'atlas-image', atlas_collection: 'opportunities' });
  });

  test('leaves the fields inside an optional object to the content checks, so an empty one can be saved', () => {
    const land = find(collectionFields('opportunities', docs, index), 'land');
    expect(land?.required).toBe(false);
    expect(land?.fields?.every((field) => field.required === false)).toBe(true);
  });

  test('keeps opportunities in their sub-folders and names every entry by its file', () => {
    const config = cmsConfig(docs, index, { origin: 'http://localhost:4340' }) as { backend: { proxy_url: string }; collections: { name: string; path?: string; fields?: CmsField[] }[] };
    expect(config.backend.proxy_url).toBe('http://localhost:4340/api/v1');
    const opportunities = config.collections.find((collection) => collection.name === 'opportunities')!;
    expect(opportunities.path).toBe('{{place}}/{{slug}}');
    expect(opportunities.fields?.slice(0, 2).map((field) => field.name)).toEqual(['id', 'place']);
    expect(config.collections.map((collection) => collection.name).sort()).toEqual([...collectionNames].sort() as CollectionName[]);
  });
});
