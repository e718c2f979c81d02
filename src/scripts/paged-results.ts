/**
 * Results of a paged list, loaded by `<atlas-filter>` only when a reader filters or sorts it: the
 * JSON index of the whole list is fetched once, and the matching entries are shown as cards
 * cloned from the page's `<template data-result-card>`, a page at a time behind "show more".
 * Cards are filled with `textContent` and attributes only, so no content becomes markup.
 */
import type { Selection } from '../lib/filters.ts';
import { selectRecords, type ListIndex, type ListRecord } from '../lib/list-index.ts';
import { pageSlice } from '../lib/paging.ts';

export class PagedResults {
  private index: Promise<ListIndex> | undefined;
  private matches: ListRecord[] = [];
  private shown = 0;
  private request = 0;
  private readonly list: HTMLElement;
  private readonly template: HTMLTemplateElement;
  private readonly moreField: HTMLElement;
  private readonly more: HTMLButtonElement;
  private readonly pageSize: number;

  constructor(private readonly scope: HTMLElement) {
    this.list = scope.querySelector<HTMLElement>('[data-paged-results]')!;
    this.template = scope.querySelector<HTMLTemplateElement>('template[data-result-card]')!;
    this.moreField = scope.querySelector<HTMLElement>('[data-show-more-field]')!;
    this.more = scope.querySelector<HTMLButtonElement>('[data-show-more]')!;
    this.pageSize = Number(scope.dataset.pageSize) || 100;
    this.more.addEventListener('click', () => this.showMore());
  }

  private load(): Promise<ListIndex> {
    this.index ??= fetch(this.scope.dataset.index!).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return response.json() as Promise<ListIndex>;
    });
    // A failed load is tried again on the next change.
    this.index.catch(() => (this.index = undefined));
    return this.index;
  }

  /**
   * Shows the entries matching a selection, in a sort order; resolves to how many match, or to
   * undefined when a later change took over while the index loaded.
   */
  async show(selection: Selection, sort: string): Promise<number | undefined> {
    const request = ++this.request;
    const index = await this.load();
    if (request !== this.request) return undefined;
    const collator = new Intl.Collator(this.scope.dataset.sortLocale, { numeric: true });
    this.matches = selectRecords(index, selection, sort, this.scope.dataset.defaultSort ?? '', collator);
    this.list.replaceChildren();
    this.shown = 0;
    this.append(index.path);
    this.list.hidden = false;
    return this.matches.length;
  }

  /** Puts the server page back: the results and "show more" go away. */
  hide(): void {
    this.request += 1;
    this.list.hidden = true;
    this.list.replaceChildren();
    this.moreField.hidden = true;
  }

  private async showMore(): Promise<void> {
    const index = await this.load();
    const first = this.shown;
    this.append(index.path);
    // The reader continues from the first new card (its link), not back at the top.
    this.list.children[first]?.querySelector<HTMLElement>('a')?.focus();
  }

  private append(path: string): void {
    const next = pageSlice(this.matches.slice(this.shown), 1, this.pageSize);
    this.list.append(...next.map((record) => this.card(record, path)));
    this.shown += next.length;
    const remaining = this.matches.length - this.shown;
    this.moreField.hidden = remaining <= 0;
    this.more.textContent = (this.more.dataset.labelTemplate ?? '').replace('{remaining}', String(remaining));
  }

  private card(record: ListRecord, path: string): DocumentFragment {
    const card = this.template.content.cloneNode(true) as DocumentFragment;
    const field = (name: string) => card.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
    const link = field('title') as HTMLAnchorElement;
    link.textContent = record.title;
    link.setAttribute('href', `${path}${encodeURIComponent(record.id)}/`);
    field('investment').textContent = record.investment;
    field('place').textContent = record.place;
    field('stage').textContent = record.stage;
    if (!record.featured) field('featured').remove();
    if (!record.expired) field('expired').remove();
    return card;
  }
}
