/**
 * The 所属产业 of a spreadsheet row matched to an industry of site.yaml: by its id or name, then
 * through the synonym table, then by the closest label (one name containing the other, a chain's
 * name, or the most similar name). Every match but the first is a guess the import reports; a
 * word that matches nothing is a new industry, which `--add-industries` adds to site.yaml.
 */
import type { Bilingual } from '../content/bilingual.ts';
import { idFromTitle } from './entry-file.ts';
import { matchNamed, type Named } from './matching.ts';
import { normalizeWord } from './synonyms.ts';

export type IndustryMatch =
  | { kind: 'exact'; id: string }
  | { kind: 'synonym' | 'closest' | 'chain'; id: string; guess: Bilingual; chain?: string }
  | { kind: 'unknown'; id: string; name: string };

const industryNoise = /(产业链|产业|行业|领域|类|industry chain|industry|sector)$/i;

function simplify(text: string): string {
  return normalizeWord(text).replace(industryNoise, '');
}

/** Pairs of neighbouring characters: Chinese words of two to six characters compare well this way. */
function bigrams(text: string): string[] {
  const chars = [...text];
  return chars.length < 2 ? chars : chars.slice(1).map((char, index) => chars[index] + char);
}

/** Sørensen–Dice similarity of two names over their character pairs, 0 to 1. */
export function similarity(a: string, b: string): number {
  const left = bigrams(simplify(a));
  const right = bigrams(simplify(b));
  if (left.length === 0 || right.length === 0) return 0;
  const pool = [...right];
  let shared = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared += 1;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** How similar a name must be to count as the closest label: half its character pairs shared. */
const closeEnough = 0.5;

/** The one entry whose name is most similar to `text`, when it is close enough and has no tie. */
export function closestNamed<Entry extends Named>(text: string, entries: readonly Entry[]): Entry | undefined {
  const scored = entries
    .map((entry) => ({ entry, score: Math.max(similarity(text, entry.name.zh), entry.name.en ? similarity(text, entry.name.en) : 0) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < closeEnough || (second && second.score === best.score)) return undefined;
  return best.entry;
}

function isExact(text: string, entry: Named): boolean {
  const wanted = simplify(text);
  return [entry.id, entry.name.zh, entry.name.en ?? ''].some((name) => name !== '' && simplify(name) === wanted);
}

function named(entry: Named): string {
  return entry.name.en ? `${entry.name.zh} / ${entry.name.en}` : entry.name.zh;
}

/** A new industry's id, from its Chinese name (`航空航天` → `hang-kong-hang-tian`), distinct from the others. */
export function newIndustryId(name: string, industries: readonly Named[]): string {
  const base = idFromTitle(name, 40);
  let id = base;
  for (let n = 2; industries.some((industry) => industry.id === id); n++) id = `${base}-${n}`;
  return id;
}

export function matchIndustry(
  text: string,
  industries: readonly Named[],
  chains: readonly (Named & { industry: string })[],
  synonyms: ReadonlyMap<string, string>,
): IndustryMatch | undefined {
  const cell = text.trim();
  if (cell === '') return undefined;
  const exact = industries.find((industry) => isExact(cell, industry));
  if (exact) return { kind: 'exact', id: exact.id };
  const byName = (id: string) => industries.find((industry) => industry.id === id)!;

  const synonym = synonyms.get(normalizeWord(cell)) ?? synonyms.get(simplify(cell));
  if (synonym) {
    return { kind: 'synonym', id: synonym, guess: { zh: `所属产业“${cell}”按同义词表归入 ${byName(synonym).name.zh}`, en: `industry "${cell}" filed under ${named(byName(synonym))} by the synonym table` } };
  }
  const closest = matchNamed(cell, industries) ?? closestNamed(cell, industries);
  if (closest) {
    return { kind: 'closest', id: closest.id, guess: { zh: `所属产业“${cell}”按最接近的名称归入 ${closest.name.zh}`, en: `industry "${cell}" filed under the closest name, ${named(closest)}` } };
  }
  const chain = matchNamed(cell, chains) ?? closestNamed(cell, chains);
  if (chain) {
    const industry = byName(chain.industry);
    return {
      kind: 'chain',
      id: chain.industry,
      chain: chain.id,
      guess: { zh: `所属产业“${cell}”按产业链 ${chain.name.zh} 归入 ${industry?.name.zh ?? chain.industry}`, en: `industry "${cell}" filed under ${industry ? named(industry) : chain.industry}, the industry of the chain ${chain.name.en ?? chain.name.zh}` },
    };
  }
  // A cell naming several industries (`生物医药/医疗器械`) takes the first one that matches.
  const parts = cell.split(/[、,，/／;；|]/).map((part) => part.trim()).filter(Boolean);
  if (parts.length > 1) {
    for (const part of parts) {
      const match = matchIndustry(part, industries, chains, synonyms);
      if (match && match.kind !== 'unknown') {
        const industry = byName(match.id);
        return { kind: 'closest', id: match.id, guess: { zh: `所属产业“${cell}”写了多项，按第一项可识别的“${part}”归入 ${industry.name.zh}`, en: `industry "${cell}" names several; filed under ${named(industry)} from "${part}"` } };
      }
    }
  }
  return { kind: 'unknown', id: newIndustryId(cell, industries), name: cell };
}
