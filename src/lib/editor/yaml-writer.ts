/**
 * Writing an entry the way a person would: fields in the schema's order, short `{ zh, en }`
 * pairs and lists of words on one line, longer text as blocks, Markdown as `|` blocks, exact
 * amounts as written. Saving an existing file changes only what changed: the file is parsed
 * with the `yaml` package's Document API and edited in place, so comments, blank lines, quoting
 * and the order of untouched fields stay as they were.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node, type Pair } from 'yaml';
import type { z } from 'astro/zod';
import { isDecimalString } from '../decimal.ts';
import { isIsoDate } from '../dates.ts';
import { localizedText } from '../../schemas/common.ts';
import { defaultOf, objectShape, unwrap } from './cms-config.ts';

type Zod = z.ZodType;
type Plain = string | number | boolean | null | undefined | Plain[] | { [key: string]: Plain };
type PlainObject = { [key: string]: Plain };

/** One line of a flow collection may hold this many characters before it becomes a block. */
const flowWidth = 100;

const isObject = (value: unknown): value is PlainObject => value !== null && typeof value === 'object' && !Array.isArray(value);

function defType(schema: Zod | undefined): string | undefined {
  return schema && (unwrap(schema).schema as unknown as { _zod: { def: { type: string } } })._zod.def.type;
}

/** An exact decimal field (`exactDecimal`): a number or a decimal string. */
function isDecimalField(schema: Zod | undefined): boolean {
  if (!schema || defType(schema) !== 'union') return false;
  const options = (unwrap(schema).schema as unknown as { _zod: { def: { options: Zod[] } } })._zod.def.options;
  return options.length === 2 && options.map((option) => defType(option)).sort().join() === 'number,string';
}

function elementOf(schema: Zod | undefined): Zod | undefined {
  if (!schema || defType(schema) !== 'array') return undefined;
  return (unwrap(schema).schema as unknown as { _zod: { def: { element: Zod } } })._zod.def.element;
}

const isEmpty = (value: Plain): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);

/**
 * The form's data as the file should hold it: empty fields and empty list items left out,
 * numbers typed into number fields as numbers, Markdown blocks ending in a line break.
 */
export function cleanData(value: Plain, schema: Zod | undefined): Plain {
  if (Array.isArray(value)) {
    const element = elementOf(schema);
    return value.map((item) => cleanData(item, element)).filter((item) => !isEmpty(item));
  }
  if (isObject(value)) {
    const shape = schema ? objectShape(schema) : undefined;
    const result: PlainObject = {};
    for (const [key, item] of Object.entries(value)) {
      const cleaned = cleanData(item, shape?.[key]);
      if (!isEmpty(cleaned)) result[key] = cleaned;
    }
    return result;
  }
  if (typeof value === 'string') {
    const text = value.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/^\n+/, '').replace(/\s+$/, '');
    if (text.includes('\n')) return `${text}\n`;
    if (defType(schema) === 'number' && text !== '' && Number.isFinite(Number(text))) return Number(text);
    return text;
  }
  return value;
}

/** Whether a value equals what the schema fills in when the field is left out (e.g. `featured: false`). */
function isDefault(value: Plain, schema: Zod | undefined): boolean {
  if (!schema) return false;
  const fallback = defaultOf(schema);
  return fallback !== undefined && JSON.stringify(fallback) === JSON.stringify(value);
}

function oneLineLength(value: Plain): number {
  if (Array.isArray(value)) return value.reduce<number>((total, item) => total + oneLineLength(item) + 2, 2);
  if (isObject(value)) return Object.entries(value).reduce<number>((total, [key, item]) => total + key.length + oneLineLength(item) + 4, 2);
  return String(value).length + 2;
}

/** Objects that are one value written in parts (money, a point, an area): kept on one line like text pairs. */
const valueParts = new Set(['amount', 'unit', 'negotiable', 'value', 'lat', 'lng', 'crs']);
const isValueObject = (shape: Record<string, Zod> | undefined) => shape !== undefined && Object.keys(shape).every((key) => valueParts.has(key));

const isFlat = (value: PlainObject | Plain[]) =>
  Object.values(value).every((item) => !Array.isArray(item) && !isObject(item) && !(typeof item === 'string' && item.includes('\n')));

function scalarNode(value: string | number | boolean, schema: Zod | undefined, inText: boolean): Scalar {
  if (typeof value === 'string' && isDecimalField(schema) && isDecimalString(value)) {
    const number = Number(value);
    // Written as a YAML number when the number reads back as the same decimal; as quoted text otherwise.
    const fraction = value.includes('.') ? value.split('.')[1].length : 0;
    if (Number.isFinite(number) && number.toFixed(fraction) === value) {
      const node = new Scalar(number);
      if (fraction > 0) node.minFractionDigits = fraction;
      return node;
    }
  }
  const node = new Scalar(value);
  if (typeof value === 'string') {
    if (value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
    // Text in a one-line `{ zh, en }` pair is quoted, as the guide's own files do.
    else if (inText) node.type = Scalar.QUOTE_DOUBLE;
    // Phone numbers and other digit strings are quoted so no reader takes them for numbers.
    else if (/^[\d+]/.test(value) && !isIsoDate(value) && !isDecimalField(schema)) node.type = Scalar.QUOTE_DOUBLE;
  }
  return node;
}

function orderedKeys(value: PlainObject, shape: Record<string, Zod> | undefined): string[] {
  const keys = Object.keys(value);
  if (!shape) return keys;
  const order = Object.keys(shape);
  return keys.sort((a, b) => (order.indexOf(a) === -1 ? 1e9 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 1e9 : order.indexOf(b)));
}

/** A new YAML node for a value, in the house style. */
export function createNode(value: Plain, schema: Zod | undefined, indent = 0): Node {
  if (Array.isArray(value)) {
    const element = elementOf(schema);
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(createNode(item, element, indent + 2));
    seq.flow = isFlat(value) && oneLineLength(value) + indent <= flowWidth;
    return seq;
  }
  if (isObject(value)) {
    const shape = schema ? objectShape(schema) : undefined;
    const isText = schema !== undefined && unwrap(schema).schema === localizedText;
    const flow = (isText || isValueObject(shape)) && isFlat(value) && oneLineLength(value) + indent <= flowWidth;
    const map = new YAMLMap();
    for (const key of orderedKeys(value, shape)) {
      const item = value[key];
      if (item === undefined || (isDefault(item, shape?.[key]))) continue;
      map.items.push(pairOf(key, createItem(item, shape?.[key], indent + 2, isText && flow)));
    }
    map.flow = flow;
    return map;
  }
  return scalarNode(value as string | number | boolean, schema, false);
}

function createItem(value: Plain, schema: Zod | undefined, indent: number, inText: boolean): Node {
  if (!Array.isArray(value) && !isObject(value)) return scalarNode(value as string | number | boolean, schema, inText);
  return createNode(value, schema, indent);
}

function pairOf(key: string, value: Node): Pair<Scalar, Node> {
  return new Document().createPair(key, value) as Pair<Scalar, Node>;
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

/** The document being edited: aliases (`*source`) are read through it. */
let currentDocument: Document | undefined;

const sameValue = (node: unknown, value: Plain) => {
  const current = node && typeof (node as Node).toJS === 'function' ? (node as Node).toJS(currentDocument ?? new Document()) : node;
  return JSON.stringify(canonical(current as Plain)) === JSON.stringify(canonical(value));
};

/** Numbers and decimal strings compare by their digits: 25.2 and "25.2" are the same amount. */
function canonical(value: Plain): Plain {
  if (Array.isArray(value)) return value.map(canonical);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, canonical(item)]));
  if (typeof value === 'number') return String(value);
  // The schemas trim text: a `|` block's final line break is not a change.
  if (typeof value === 'string') return value.trim();
  return value;
}

/** Changes `node` (from the file) to hold `value`, keeping everything that did not change. */
function mergeNode(node: unknown, value: Plain, schema: Zod | undefined, indent: number): Node {
  if (sameValue(node, value)) return node as Node;
  if (isObject(value) && isMap(node)) {
    mergeMap(node, value, schema, indent);
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    const element = elementOf(schema);
    const flat = value.every((item) => !Array.isArray(item) && !isObject(item));
    if (flat) {
      const replacement = createNode(value, schema, indent) as YAMLSeq;
      replacement.flow = node.flow ?? replacement.flow;
      Object.assign(replacement, { commentBefore: node.commentBefore, comment: node.comment });
      return replacement;
    }
    node.items = value.map((item, index) => (index < node.items.length ? mergeNode(node.items[index], item, element, indent + 2) : createNode(item, element, indent + 2)));
    return node;
  }
  if (isScalar(node) && !Array.isArray(value) && !isObject(value)) {
    const replacement = scalarNode(value as string | number | boolean, schema, node.type === Scalar.QUOTE_DOUBLE);
    if (node.type === Scalar.BLOCK_LITERAL && typeof value === 'string') {
      replacement.value = value.endsWith('\n') ? value : `${value}\n`;
      replacement.type = Scalar.BLOCK_LITERAL;
    }
    if (node.type === Scalar.QUOTE_SINGLE && replacement.type === undefined && typeof value === 'string') replacement.type = Scalar.QUOTE_SINGLE;
    Object.assign(replacement, { commentBefore: node.commentBefore, comment: node.comment, spaceBefore: node.spaceBefore });
    return replacement;
  }
  return createNode(value, schema, indent);
}

function mergeMap(map: YAMLMap, value: PlainObject, schema: Zod | undefined, indent: number): void {
  const shape = schema ? objectShape(schema) : undefined;
  const isText = schema !== undefined && unwrap(schema).schema === localizedText;
  map.items = map.items.filter((pair) => keyOf(pair) in value);
  for (const pair of map.items) {
    const key = keyOf(pair);
    pair.value = map.flow && !isObject(value[key]) && !Array.isArray(value[key])
      ? isScalar(pair.value) && sameValue(pair.value, value[key]) ? pair.value : scalarNode(value[key] as string, shape?.[key], isText)
      : mergeNode(pair.value, value[key], shape?.[key], indent + 2);
  }
  const order = shape ? Object.keys(shape) : Object.keys(value);
  for (const key of orderedKeys(value, shape)) {
    if (map.items.some((pair) => keyOf(pair) === key) || isDefault(value[key], shape?.[key])) continue;
    const pair = pairOf(key, createItem(value[key], shape?.[key], indent + 2, isText && map.flow === true));
    // A new field goes after the last field that comes before it in the schema.
    const rank = order.indexOf(key);
    const after = map.items.findLastIndex((existing) => order.indexOf(keyOf(existing)) !== -1 && order.indexOf(keyOf(existing)) < rank);
    map.items.splice(after + 1, 0, pair);
  }
  // A one-line pair that grew a line break becomes a block.
  if (map.flow && !isFlat(value)) map.flow = false;
}

/**
 * Prints a document. The `yaml` package pads flow maps and lists alike; the guide's files pad
 * maps (`{ zh: …, en: … }`) but not lists (`[sole, jv]`), so each line takes the form that fits.
 */
export function printDocument(document: Document): string {
  const padded = document.toString({ lineWidth: 0, flowCollectionPadding: true }).split('\n');
  const unpadded = document.toString({ lineWidth: 0, flowCollectionPadding: false }).split('\n');
  return padded.map((line, index) => (line === unpadded[index] || unpadded[index].includes('{') ? line : unpadded[index])).join('\n');
}

/** The text of a new entry file. */
export function newEntryText(data: PlainObject, schema: Zod): string {
  const document = new Document();
  document.contents = createNode(cleanData(data, schema), schema) as YAMLMap;
  (document.contents as YAMLMap).flow = false;
  return printDocument(document);
}

/** The text of an existing entry file after the editor's changes: only what changed is rewritten. */
export function updatedEntryText(original: string, data: PlainObject, schema: Zod): string {
  const document = parseDocument(original);
  if (document.errors.length > 0 || !isMap(document.contents)) return newEntryText(data, schema);
  currentDocument = document;
  try {
    mergeMap(document.contents, cleanData(data, schema) as PlainObject, schema, 0);
  } finally {
    currentDocument = undefined;
  }
  return printDocument(document);
}

export type { PlainObject };
