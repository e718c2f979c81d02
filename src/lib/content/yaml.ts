/** Reading YAML content files, and finding the line of a field when something is wrong with it. */
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
