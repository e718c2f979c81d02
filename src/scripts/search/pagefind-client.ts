/**
 * Pagefind, loaded only when a search runs, and the "all words" rule on top of it: results are
 * checked against their page text (src/lib/search/matching.ts) a batch at a time, so a query that
 * hits thousands of pages still only fetches the pages it shows.
 */
import { containsAllWords } from '../../lib/search/matching.ts';
import type { SearchQuery } from '../../lib/search/query.ts';

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
}

interface PagefindModule extends Pagefind {
  createInstance(options?: Record<string, unknown>): Pagefind;
}

const excerptOptions = { excerptLength: 40, excerptEllipsis: '…' };

let loaded: Promise<PagefindModule> | undefined;

/** The site's Pagefind module; its index follows the page's language (`<html lang>`). */
export function loadPagefind(base: string): Promise<PagefindModule> {
  // Written by the build after bundling, so the bundler must leave this import alone.
  const url = `${base}pagefind/pagefind.js`;
  loaded ??= import(/* @vite-ignore */ url).then(async (module: PagefindModule) => {
    await module.options(excerptOptions);
    return module;
  });
  return loaded;
}

let chinese: Promise<Pagefind> | undefined;

/** A second search that reads the Chinese index, for Chinese typed on the English site. */
export function loadChineseIndex(base: string): Promise<Pagefind> {
  chinese ??= loadPagefind(base).then(async (module) => {
    const instance = module.createInstance({ ...excerptOptions });
    // The same bundle, named by its full URL so Pagefind does not mistake it for the page's own index.
    await instance.mergeIndex(new URL(`${base}pagefind/`, location.href).href, { language: 'zh-cn' });
    return instance;
  });
  return chinese;
}

/**
 * Candidates for a search of several words, most relevant first. Pagefind's answer to all the
 * words, loosened when no page has them all, may miss pages where a Chinese word was cut
 * differently in the index; every page that truly has all the words also has the rarest one, so
 * the pages Pagefind finds for that word alone are added.
 */
export async function searchCandidates(pagefind: Pagefind, query: SearchQuery, options: PagefindSearchOptions): Promise<PagefindResult[]> {
  const { words } = query;
  const together = (await pagefind.search(query.text === '' ? null : query.text, options))?.results ?? [];
  if (words.length <= 1) return together;
  const alone = await Promise.all(words.map(async (word) => (await pagefind.search(word, options))?.results ?? []));
  const rarest = alone.filter((results) => results.length > 0).sort((a, b) => a.length - b.length)[0] ?? [];
  // Sorted by date or investment, the single word's list keeps Pagefind's order; by relevance, the joint answer leads.
  const sorted = Object.keys(options.sort ?? {}).length > 0;
  const [first, second] = sorted ? [rarest, together] : [together, rarest];
  const seen = new Set(first.map((result) => result.id));
  return [...first, ...second.filter((result) => !seen.has(result.id))];
}

/** Above this many candidates, results are checked only as far as the reader pages. */
const checkAllUpTo = 50;
const batchSize = 10;

/** Results of one search, checked against every word as they are needed. */
export class ResultStream {
  readonly #candidates: PagefindResult[];
  readonly #query: SearchQuery;
  #checked = 0;
  readonly #matches: PagefindData[] = [];

  constructor(candidates: PagefindResult[], query: SearchQuery) {
    this.#candidates = candidates;
    this.#query = query;
  }

  /** True when every candidate has been checked. */
  get #checkedAll(): boolean {
    return this.#checked >= this.#candidates.length;
  }

  /** True when `count` is final: a one-term search needs no checking, others once all are checked. */
  get exact(): boolean {
    return !this.#query.severalTerms || this.#checkedAll;
  }

  /** Results found so far (all results, once exact). */
  get count(): number {
    return this.#query.severalTerms ? this.#matches.length : this.#candidates.length;
  }

  /** The first `wanted` matching results, checking more candidates as needed. */
  async take(wanted: number): Promise<PagefindData[]> {
    const target = this.#candidates.length <= checkAllUpTo ? this.#candidates.length : wanted;
    while (this.#matches.length < target && !this.#checkedAll) {
      const batch = this.#candidates.slice(this.#checked, this.#checked + batchSize);
      this.#checked += batch.length;
      for (const data of await Promise.all(batch.map((result) => result.data()))) {
        // One term needs no check: Pagefind's own match is the reader's word (or a longer form of it).
        if (!this.#query.severalTerms || containsAllWords(`${data.meta.title ?? ''} ${data.content}`, this.#query.words)) this.#matches.push(data);
      }
    }
    return this.#matches.slice(0, wanted);
  }
}
