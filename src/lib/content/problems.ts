/**
 * A problem found in the content, located by file, line and field, and worded for the staff
 * who will fix it, in Chinese and English.
 */
import type { Bilingual } from './bilingual.ts';

export type FieldPath = readonly (string | number)[];

export interface ContentProblem {
  /** The file, as the staff see it (relative to the working directory when inside it). */
  file: string;
  /** The field inside the file; empty for problems with the file as a whole. */
  path: FieldPath;
  /** 1-based line and column of the field, when known. */
  line?: number;
  column?: number;
  message: Bilingual;
}

/** `stages[0].nodes[2].status` */
export function formatPath(path: FieldPath): string {
  let text = '';
  for (const segment of path) {
    text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  }
  return text;
}

export function formatProblem(problem: ContentProblem): string {
  const position = problem.line === undefined ? '' : `:${problem.line}${problem.column ? `:${problem.column}` : ''}`;
  const field = problem.path.length > 0 ? `  字段/field: ${formatPath(problem.path)}` : '';
  const lines = [`${problem.file}${position}${field}`, `  ${problem.message.zh}`];
  if (problem.message.en !== problem.message.zh) lines.push(`  ${problem.message.en}`);
  return lines.join('\n');
}

function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** Thrown when the content cannot be built; its message lists every problem, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const sorted = [...problems].sort(compareProblems);
    const count = sorted.length;
    const header = `内容检查未通过，共 ${count} 处问题 / Content check failed with ${count} problem${count === 1 ? '' : 's'}:`;
    super([header, '', ...sorted.map(formatProblem).flatMap((text) => [text, ''])].join('\n').trimEnd());
    this.name = 'ContentError';
    this.problems = sorted;
  }
}

/** True for the error `loadContent` throws when the content has problems. */
export function isContentError(error: unknown): error is ContentError {
  return typeof error === 'object' && error !== null && (error as Error).name === 'ContentError' && Array.isArray((error as ContentError).problems);
}
