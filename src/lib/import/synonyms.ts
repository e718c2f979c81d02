/**
 * The synonym table of the import (`import-synonyms.yaml` in the content folder), checked against
 * the guide: every key must name an industry of site.yaml, a cooperation mode or a land use, and
 * no spreadsheet word may mean two things. A bad file stops the import with the file, line and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zhLabels from '../../i18n/zh.json' with { type: 'json' };
import { importSynonymsSchema } from '../../schemas/import-synonyms.ts';
import { bi } from '../content/bilingual.ts';
import { formatProblem, type ContentProblem } from '../content/problems.ts';
import { problemAt, validateFile } from '../content/validate.ts';
import { cooperationModes, landUses, type CooperationMode } from '../vocabulary.ts';
import type { Named } from './matching.ts';

export const synonymsFileName = 'import-synonyms.yaml';

export type LandUse = (typeof landUses)[number];

/** Spreadsheet word (normalised) → the guide's term. */
export interface SynonymTable {
  /** The file it came from; undefined when the content folder has none. */
  file?: string;
  industries: Map<string, string>;
  cooperation: Map<string, CooperationMode>;
  landUses: Map<string, LandUse>;
}

export const emptySynonyms = (): SynonymTable => ({ industries: new Map(), cooperation: new Map(), landUses: new Map() });

/** How words are compared: no spaces, full-width letters folded, lowercase. */
export function normalizeWord(word: string): string {
  return word.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

export class SynonymsError extends Error {
  // Named as the import's own errors, so the command reports it to staff rather than crashing.
  override name = 'ImportError';
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

function vocabularyKey<Key extends string>(name: string, keys: readonly Key[], written: string): Key | undefined {
  const labels = zhLabels as Record<string, string>;
  return keys.find((key) => key === written.trim() || labels[`enum.${name}.${key}`] === written.trim());
}

/** Reads and checks the table; a content folder without one has an empty table. */
export async function loadSynonyms(contentRoot: string, industries: readonly Named[]): Promise<SynonymTable> {
  const file = path.join(contentRoot, synonymsFileName);
  if (!existsSync(file)) return emptySynonyms();
  const result = await validateFile(file, importSynonymsSchema);
  if (!result.entry) throw new SynonymsError(result.problems);
  const text = readFileSync(file, 'utf8');
  const problems: ContentProblem[] = [];
  const table: SynonymTable = { file, ...emptySynonyms() };
  const claimedBy = new Map<string, string>();

  const add = <Term extends string>(section: 'industries' | 'cooperation' | 'landUses', into: Map<string, Term>, key: string, term: Term, list: string[]) => {
    list.forEach((word, index) => {
      const normal = normalizeWord(word);
      const earlier = claimedBy.get(`${section}:${normal}`);
      if (earlier !== undefined && earlier !== key) {
        problems.push(problemAt(file, text, [section, key, index], bi(`“${word}” 已在 ${earlier} 下列出：一个词只能对应一项`, `"${word}" is already listed under ${earlier}: a word can mean one thing only`)));
        return;
      }
      claimedBy.set(`${section}:${normal}`, key);
      into.set(normal, term);
    });
  };

  for (const [key, list] of Object.entries(result.entry.data.industries)) {
    const industry = industries.find((candidate) => candidate.id === key.trim() || candidate.name.zh === key.trim());
    if (!industry) {
      const known = industries.map((candidate) => `${candidate.id}（${candidate.name.zh}）`).join('、');
      problems.push(problemAt(file, text, ['industries', key], bi(`site.yaml 中没有产业 “${key}”；可用：${known}`, `site.yaml has no industry "${key}"; use one of: ${industries.map((candidate) => candidate.id).join(', ')}`)));
      continue;
    }
    add('industries', table.industries, key, industry.id, list);
  }
  for (const [key, list] of Object.entries(result.entry.data.cooperation)) {
    const mode = vocabularyKey('cooperation', cooperationModes, key);
    if (!mode) {
      problems.push(problemAt(file, text, ['cooperation', key], bi(`没有合作方式 “${key}”；可用：独资、合资、合作、PPP、租赁、特许经营、股权合作`, `no cooperation mode "${key}"; use one of: ${cooperationModes.join(', ')}`)));
      continue;
    }
    add('cooperation', table.cooperation, key, mode, list);
  }
  for (const [key, list] of Object.entries(result.entry.data.landUses)) {
    const use = vocabularyKey('landUse', landUses, key);
    if (!use) {
      problems.push(problemAt(file, text, ['landUses', key], bi(`没有用地性质 “${key}”；可用：工业、商业、综合、农业、文旅、基础设施`, `no land use "${key}"; use one of: ${landUses.join(', ')}`)));
      continue;
    }
    add('landUses', table.landUses, key, use, list);
  }
  if (problems.length > 0) throw new SynonymsError(problems);
  return table;
}

/** The problems of the content folder's synonym table, for `npm run check`; none when it has none. */
export async function synonymProblems(contentRoot: string, industries: readonly Named[]): Promise<ContentProblem[]> {
  try {
    await loadSynonyms(contentRoot, industries);
    return [];
  } catch (error) {
    if (SynonymsError.prototype.isPrototypeOf(error as object)) return (error as SynonymsError).problems;
    throw error;
  }
}
