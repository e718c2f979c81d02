/** Reading YAML content files, and finding the line of a field when something is wrong with it. */
import jsYaml from 'js-yaml';
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { bi, unpack, type Bilingual } from './bilingual.ts';
import type { FieldPath } from './problems.ts';

export interface YamlSyntaxError {
  line: number;
  column: number;
  message: Bilingual;
}

export type YamlResult = { ok: true; data: unknown } | { ok: false; errors: YamlSyntaxError[] };

/**
 * Parses one YAML document with the YAML 1.2 core schema: dates stay strings (the schemas
 * check them), `no` stays a string, duplicate keys are errors.
 */
export function parseYaml(text: string): YamlResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const detail = error.message.split('\n')[0];
        return { line, column: col, message: unpack(bi(`YAML 语法错误：${detail}`, `YAML syntax error: ${detail}`)) };
      }),
    };
  }
  return { ok: true, data: document.toJS({ maxAliasCount: 100 }) };
}

/**
 * Anchors, tags and binary numbers: rare in content, and left to the reference parser. (An alias
 * cannot occur without an anchor: js-yaml rejects an unknown one, which also falls back.)
 */
const needsReferenceParser = /(^|[\s,[{:-])[&!][^\s]|:\s*0b[01]/m;

/**
 * A fast parse for the common case of a well-formed file: js-yaml with the YAML 1.2 core
 * schema reads the same values as `parseYaml` about ten times faster, which matters for guides
 * of 10 000 files. Returns undefined whenever the reference parser must decide — a syntax
 * error, a duplicate key, anchors or tags — so problems are always reported by `parseYaml`,
 * with its positions and wording.
 */
export function parseYamlFast(text: string): { data: unknown } | undefined {
  if (needsReferenceParser.test(text)) return undefined;
  try {
    return { data: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) };
  } catch {
    return undefined;
  }
}

/**
 * The line and column of a field in a YAML text. When the field itself is missing, the
 * position of its closest existing parent is returned (line 1 for a missing top-level field).
 */
export function locateField(text: string, path: FieldPath): { line: number; column: number } {
  return fieldLocator(text)(path);
}

/** Parses the text once and locates any number of fields in it (a file with many warnings). */
export function fieldLocator(text: string): (path: FieldPath) => { line: number; column: number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  return (path) => {
    let node: Node | null | undefined = document.contents as Node | null;
    let offset = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === segment);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        node = node.items[segment] as Node | null;
        offset = node?.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The line of a field found by scanning the text instead of parsing it: fast enough for the
 * thousands of warnings a big guide can have. Handles mapping keys only (block or flow style);
 * returns undefined for paths through lists, which need `fieldLocator`. Like `locateField`, a
 * missing field points at its closest existing parent.
 */
export function scanForField(text: string, path: FieldPath): { line: number; column: number } | undefined {
  if (path.some((segment) => typeof segment === 'number')) return undefined;
  let offset = 0;
  let end = text.length;
  let found = false;
  for (const [depth, segment] of path.entries()) {
    // Top-level keys start a line; nested keys follow indentation, `{` or `,` after their parent.
    const pattern = depth === 0 ? new RegExp(`^${escapeRegExp(String(segment))}[ \\t]*:`, 'm') : new RegExp(`[\\s{,]${escapeRegExp(String(segment))}[ \\t]*:`);
    const match = pattern.exec(text.slice(offset, end));
    if (!match) break;
    offset += match.index + (depth === 0 ? 0 : 1);
    found = true;
    if (depth === 0) {
      // Nested keys are looked for only until the next top-level field.
      const next = /\n(?=[^\s#])/.exec(text.slice(offset));
      end = next ? offset + next.index : text.length;
    }
  }
  if (!found) return { line: 1, column: 1 };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
