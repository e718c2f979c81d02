/** Parsing and schema-checking single content files. */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { bi, unpack } from './bilingual.ts';
import { displayPath, idFromFile } from './files.ts';
import type { ContentProblem, FieldPath } from './problems.ts';
import type { ContentEntry } from './types.ts';
import { locateField, parseYaml, parseYamlFast } from './yaml.ts';
import { bilingualErrorMap } from './zod-messages.ts';
import { idPattern } from '../../schemas/common.ts';

export type FileResult<Data> = { entry: ContentEntry<Data>; problems: [] } | { entry?: undefined; problems: ContentProblem[] };

/** A problem at a field of a file, with the field's line looked up in the file's text. */
export function problemAt(file: string, text: string | undefined, path: FieldPath, message: string): ContentProblem {
  // Without the text, a problem with the file as a whole still points at its first line.
  const position = text === undefined ? { line: 1 } : locateField(text, path);
  return { file: displayPath(file), path, ...position, message: unpack(message) };
}

function issuePath(issue: z.core.$ZodIssue): FieldPath {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  // Point unknown fields at the field itself, not at the object holding it.
  return issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
}

/** Reads, parses and validates one file against a collection schema. */
export async function validateFile<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  /** The file's text when it is not (yet) on disk: the browser editor checks before it saves. */
  unsavedText?: string,
): Promise<FileResult<z.output<Schema>>> {
  const id = idFromFile(file);
  if (!idPattern.test(id)) {
    return {
      problems: [
        problemAt(
          file,
          undefined,
          [],
          bi(
            `文件名 "${id}" 不能用作编号：只能用小写字母、数字和连字符`,
            `file name "${id}" cannot be an id: use lowercase letters, digits and hyphens`,
          ),
        ),
      ],
    };
  }
  // Synchronous: for thousands of small files it is several times faster than fs/promises.
  const text = unsavedText ?? readFileSync(file, 'utf8');
  // Most files are fine: take the fast path, and redo the slow, precise one only to explain a problem.
  const fast = parseYamlFast(text);
  if (fast && fast.data !== null && typeof fast.data === 'object' && !Array.isArray(fast.data)) {
    const result = schema.safeParse(fast.data, { error: bilingualErrorMap });
    if (result.success) return { entry: { id, file, data: result.data }, problems: [] };
  }
  const parsed = parseYaml(text);
  if (!parsed.ok) {
    return {
      problems: parsed.errors.map((error) => ({ file: displayPath(file), path: [], line: error.line, column: error.column, message: error.message })),
    };
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    const message =
      parsed.data === null || parsed.data === undefined
        ? bi('文件是空的', 'the file is empty')
        : bi('文件顶层应为键值对象（字段: 值）', 'the top level of the file must be a mapping (field: value)');
    return { problems: [problemAt(file, text, [], message)] };
  }
  const result = schema.safeParse(parsed.data, { error: bilingualErrorMap });
  if (!result.success) {
    return { problems: result.error.issues.map((issue) => problemAt(file, text, issuePath(issue), issue.message)) };
  }
  return { entry: { id, file, data: result.data }, problems: [] };
}
