/**
 * `<atlas-search>`: runs the search page. Reads `?q=` and the filters from the URL, asks Pagefind,
 * keeps only results holding every word, shows them a page at a time, and writes the search
 * back to the URL. On the English site a Chinese query also asks the Chinese index and offers
 * what it finds there.
 */
import { parseQuery, type SearchQuery } from '../../lib/search/query.ts';
import { hasFilters, pagefindFilters, pagefindSort, readSearchState, writeSearchState, type SearchState } from '../../lib/search/state.ts';
import { loadChineseIndex, loadPagefind, ResultStream, searchCandidates } from './pagefind-client.ts';
import { resultItem, type ResultStrings } from './result-view.ts';

interface PageStrings extends ResultStrings {
  results: string;
  resultsOne: string;
  resultsAtLeast: string;
  empty: string;
  emptyFilters: string;
  loading: string;
  prompt: string;
  failed: string;
}

const pageSize = 10;
const otherSiteLimit = 5;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

class AtlasSearch extends HTMLElement {
  #strings!: PageStrings;
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #browse!: HTMLElement;
  #other!: HTMLElement;
  #stream: ResultStream | undefined;
  #shown = 0;
  /** Each search gets a number; an answer to an older search is dropped. */
  #generation = 0;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.querySelector('[data-search-strings]')?.textContent ?? '{}') as PageStrings;
    this.#form = this.querySelector('[data-search-form]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    this.#browse = this.querySelector('[data-search-browse]')!;
    this.#other = this.querySelector('[data-search-other]')!;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#apply(true);
    });
    for (const select of this.#form.querySelectorAll('select')) select.addEventListener('change', () => this.#apply(false));
    this.#more.addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#fromUrl();
  }

  #fromUrl(): void {
    const state = readSearchState(location.search);
    const input = this.#form.elements.namedItem('q') as HTMLInputElement;
    input.value = state.query;
    for (const select of this.#form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')) {
      select.value = state.filters[select.name as keyof SearchState['filters']] ?? select.dataset.default ?? '';
    }
    (this.#form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort === 'relevance' ? '' : state.sort;
    void this.#run(state);
  }

  #apply(newEntry: boolean): void {
    const params = new URLSearchParams();
    for (const field of this.#form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) params.set(field.name, field.value);
    const state = readSearchState(`?${params}`);
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (newEntry) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void this.#run(state);
  }

  async #run(state: SearchState): Promise<void> {
    const generation = ++this.#generation;
    const query = parseQuery(state.query);
    this.#list.replaceChildren();
    this.#more.hidden = true;
    this.#other.hidden = true;
    this.#stream = undefined;
    this.#shown = 0;
    if (query.text === '' && !hasFilters(state)) {
      // Nothing to search for (also punctuation alone): say what to do, offer browsing.
      this.#setStatus(state.query.trim() === '' ? this.#strings.prompt : fill(this.#strings.empty, { query: state.query.trim() }));
      this.#browse.hidden = false;
      return;
    }
    this.#browse.hidden = true;
    this.#setStatus(this.#strings.loading);
    this.setAttribute('aria-busy', 'true');
    try {
      const base = this.dataset.base ?? '/';
      const pagefind = await loadPagefind(base);
      const candidates = await searchCandidates(pagefind, query, { filters: pagefindFilters(state), sort: pagefindSort(state.sort) });
      if (generation !== this.#generation) return;
      this.#stream = new ResultStream(candidates, query);
      await this.#showMore(false);
      if (generation !== this.#generation) return;
      if (this.#stream.count === 0) {
        this.#setStatus(query.text === '' ? this.#strings.emptyFilters : fill(this.#strings.empty, { query: state.query.trim() }));
        this.#browse.hidden = false;
      }
      if (this.dataset.locale === 'en' && query.hasHan) void this.#askChineseSite(base, query, generation, pagefindFilters({ ...state, filters: { expired: state.filters.expired } }));
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#setStatus(this.#strings.failed);
      this.#browse.hidden = false;
      console.warn('search failed', error);
    } finally {
      if (generation === this.#generation) this.removeAttribute('aria-busy');
    }
  }

  async #showMore(moveFocus: boolean): Promise<void> {
    const stream = this.#stream;
    if (!stream) return;
    const results = await stream.take(this.#shown + pageSize);
    // A newer search may have started meanwhile; its list is not this one's.
    if (stream !== this.#stream) return;
    const added = results.slice(this.#shown).map((data) => resultItem(data, this.#strings, { heading: 'h2' }));
    this.#list.append(...added);
    this.#shown = results.length;
    this.#more.hidden = stream.exact && this.#shown >= stream.count;
    const count = stream.count;
    this.#list.dataset.count = String(count);
    this.#list.dataset.exact = String(stream.exact);
    if (count > 0) {
      const template = stream.exact ? (count === 1 ? this.#strings.resultsOne : this.#strings.results) : this.#strings.resultsAtLeast;
      this.#setStatus(fill(template, { count }));
    }
    // After "show more", keyboard readers continue at the first new result.
    if (moveFocus) added[0]?.querySelector('a')?.focus();
  }

  /** `filters`: only the show/hide-expired choice, which the Chinese pages answer the same way. */
  async #askChineseSite(base: string, query: SearchQuery, generation: number, filters: Record<string, string>): Promise<void> {
    const candidates = await searchCandidates(await loadChineseIndex(base), query, { filters });
    if (generation !== this.#generation) return;
    const stream = new ResultStream(candidates, query);
    // The merged index answers with full URLs, and with the English pages too: keep the Chinese ones.
    const found = (await stream.take(otherSiteLimit * 4))
      .map((data) => ({ ...data, url: new URL(data.url, location.href).pathname }))
      .filter((data) => data.url.startsWith(`${base}zh/`))
      .slice(0, otherSiteLimit);
    if (generation !== this.#generation || found.length === 0) return;
    this.#other.querySelector('[data-search-other-list]')!.replaceChildren(...found.map((data) => resultItem(data, this.#strings, { heading: 'h3', language: 'zh-CN' })));
    this.#other.hidden = false;
  }

  #setStatus(text: string): void {
    this.#status.textContent = text;
  }
}

customElements.define('atlas-search', AtlasSearch);
