/**
 * `<atlas-paged-results>`: the results of a paged list, which `<atlas-filter>` asks for when a
 * reader filters or sorts it. The JSON index of the whole list is fetched once, on the first
 * search, and the matching entries are shown as cards cloned from the element's
 * `<template data-result-card>`, a page at a time behind "show more". Cards are filled with
 * `textContent` and attributes only, so no content becomes markup. Only paged lists load this.
 */
import type { Selection } from '../lib/filters.ts';
import { selectRecords, type ListIndex, type ListRecord } from '../lib/list-index.ts';
import { pageSlice } from '../lib/paging.ts';

export class AtlasPagedResults extends HTMLElement {
  private index: Promise<ListIndex> | undefined;
  private found: ListRecord[] = [];
  private shown = 0;
  private request = 0;

  private find<Element extends HTMLElement>(selector: string): Element {
    return this.querySelector<Element>(selector)!;
  }

  connectedCallback(): void {
    this.find('[data-show-more]').addEventListener('click', () => void this.showMore());
  }

  private load(): Promise<ListIndex> {
    this.index ??= fetch(this.dataset.index!).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return response.json() as Promise<ListIndex>;
    });
    // A failed load is tried again on the next search.
    this.index.catch(() => (this.index = undefined));
    return this.index;
  }

  /**
   * Shows the entries matching a selection, in a sort order; resolves to how many match, or to
   * undefined when a later search or a reset took over while the index loaded.
   */
  async show(selection: Selection, sort: string, defaultSort: string, sortLocale: string | undefined): Promise<number | undefined> {
    const request = ++this.request;
    const index = await this.load();
    if (request !== this.request) return undefined;
    this.found = selectRecords(index, selection, sort, defaultSort, new Intl.Collator(sortLocale, { numeric: true }));
    const list = this.find('[data-paged-results]');
    list.replaceChildren();
    this.shown = 0;
    this.addPage(index.path);
    list.hidden = false;
    return this.found.length;
  }

  /** Clears the results, so the server page can come back. */
  hide(): void {
    this.request += 1;
    const list = this.find('[data-paged-results]');
    list.hidden = true;
    list.replaceChildren();
    this.find('[data-show-more-field]').hidden = true;
  }

  private async showMore(): Promise<void> {
    const index = await this.load();
    const first = this.shown;
    this.addPage(index.path);
    // The reader continues from the first new card, not back at the top.
    this.find('[data-paged-results]').children[first]?.querySelector<HTMLElement>('a')?.focus();
  }

  private addPage(path: string): void {
    const next = pageSlice(this.found.slice(this.shown), 1, Number(this.dataset.pageSize) || undefined);
    this.find('[data-paged-results]').append(...next.map((record) => this.card(record, path)));
    this.shown += next.length;
    const remaining = this.found.length - this.shown;
    const more = this.find<HTMLButtonElement>('[data-show-more]');
    this.find('[data-show-more-field]').hidden = remaining <= 0;
    more.textContent = (more.dataset.labelTemplate ?? '').replace('{remaining}', String(remaining));
  }

  private card(record: ListRecord, path: string): DocumentFragment {
    const card = this.find<HTMLTemplateElement>('template[data-result-card]').content.cloneNode(true) as DocumentFragment;
    const field = (name: string) => card.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
    field('title').textContent = record.title;
    field('title').setAttribute('href', `${path}${encodeURIComponent(record.id)}/`);
    field('investment').textContent = record.investment;
    field('place').textContent = record.place;
    field('stage').textContent = record.stage;
    if (!record.featured) field('featured').remove();
    if (!record.expired) field('expired').remove();
    return card;
  }
}

customElements.define('atlas-paged-results', AtlasPagedResults);
