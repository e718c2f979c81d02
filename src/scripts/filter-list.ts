/**
 * `<atlas-filter>`: filters and sorts a server-rendered list in place. The page works without
 * it (CSS does the filtering); the script adds sorting, result counts, an empty-state message
 * and a URL that reproduces the selection. A paged list holds one page of the list: a selection
 * or sort there is searched in the whole list by its `<atlas-paged-results>`, and clearing it
 * brings the server page back.
 */
import { effectiveSelection, isFiltered, matchesSelection, searchFromSelection, selectionFromSearch, sortItems, type FacetValues, type Selection } from '../lib/filters.ts';
import type { AtlasPagedResults } from './paged-results.ts';

interface ListItem {
  element: HTMLElement;
  values: FacetValues;
}

class AtlasFilter extends HTMLElement {
  private items: ListItem[] = [];
  private selects: HTMLSelectElement[] = [];
  private sortSelect: HTMLSelectElement | null = null;
  private appliedSort = '';
  private serverStatus = '';

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    this.selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
    this.sortSelect = form.querySelector<HTMLSelectElement>('select[data-sort]');
    this.items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')].map((element) => ({ element, values: this.valuesOf(element) }));
    this.appliedSort = this.dataset.defaultSort ?? '';
    this.serverStatus = this.querySelector('[data-filter-status]')?.textContent ?? '';
    this.setAttribute('data-enhanced', '');
    form.querySelector<HTMLElement>('[data-sort-field]')?.removeAttribute('hidden');

    this.restore(location.search);
    form.addEventListener('change', () => this.apply(true));
    form.addEventListener('reset', () => requestAnimationFrame(() => this.apply(true)));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.apply(false);
  }

  private valuesOf(element: HTMLElement): FacetValues {
    const values: Record<string, string[]> = {};
    for (const select of this.selects) {
      values[select.name] = (element.getAttribute(`data-facet-${select.name}`) ?? '').split(' ').filter(Boolean);
    }
    return values;
  }

  /** Sets the controls from a query string, ignoring values the lists do not offer. */
  private restore(search: string): void {
    const selection = selectionFromSearch(search, this.selects.map((select) => select.name));
    for (const select of this.selects) {
      const wanted = selection[select.name];
      if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
    }
    const sort = new URLSearchParams(search).get('sort');
    if (this.sortSelect && sort && [...this.sortSelect.options].some((option) => option.value === sort)) this.sortSelect.value = sort;
  }

  private selection(): Selection {
    return Object.fromEntries(this.selects.map((select) => [select.name, select.value || undefined]));
  }

  /** Facets that open on a value of their own (show/hide expired): left out of the URL at that value. */
  private defaults(): Selection {
    return Object.fromEntries(this.selects.filter((select) => select.dataset.default !== undefined).map((select) => [select.name, select.dataset.default]));
  }

  private apply(updateUrl: boolean): void {
    const selection = this.selection();
    const showsExpired = this.selects.some((select) => select.selectedOptions[0]?.hasAttribute('data-shows-expired'));
    const applied = effectiveSelection(selection, showsExpired);
    const sort = this.sortSelect?.value ?? this.appliedSort;
    if (updateUrl) {
      const search = searchFromSelection(selection, sort, this.dataset.defaultSort, this.defaults());
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
    const results = this.querySelector<AtlasPagedResults>('atlas-paged-results');
    if (results) {
      this.applyPaged(results, applied, sort, isFiltered(selection, this.defaults()) || sort !== this.dataset.defaultSort);
      return;
    }
    // The total is what the list holds under the defaulted facets alone: expired entries count only when shown.
    const scope = Object.fromEntries(Object.keys(this.defaults()).map((name) => [name, applied[name]]));
    let shown = 0;
    let total = 0;
    for (const item of this.items) {
      const visible = matchesSelection(item.values, applied);
      item.element.hidden = !visible;
      if (visible) shown += 1;
      if (matchesSelection(item.values, scope)) total += 1;
    }
    if (sort !== this.appliedSort) this.sortBy(sort);
    this.setStatus((this.dataset.statusTemplate ?? '{shown} / {total}').replace('{shown}', String(shown)).replace('{total}', String(total)));
    this.setEmpty(shown === 0);
  }

  private setStatus(text: string): void {
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (status) status.textContent = text;
  }

  private setEmpty(empty: boolean): void {
    const message = this.querySelector<HTMLElement>('[data-filter-empty]');
    if (message) message.hidden = !empty;
  }

  /** A paged list: the server page with its pager, or the entries of the whole list that match. */
  private applyPaged(results: AtlasPagedResults, applied: Selection, sort: string, searching: boolean): void {
    const server = [this.querySelector<HTMLElement>('[data-filter-list]'), this.querySelector<HTMLElement>('[data-pager]')];
    const failed = this.querySelector<HTMLElement>('[data-paged-failed]');
    if (failed) failed.hidden = true;
    this.setEmpty(false);
    if (!searching) {
      void customElements.whenDefined('atlas-paged-results').then(() => results.hide());
      for (const element of server) if (element) element.hidden = false;
      this.setStatus(this.serverStatus);
      return;
    }
    for (const element of server) if (element) element.hidden = true;
    this.setStatus(this.dataset.loadingTemplate ?? '');
    customElements
      .whenDefined('atlas-paged-results')
      .then(() => results.show(applied, sort, this.dataset.defaultSort ?? '', this.dataset.sortLocale))
      .then((count) => {
        if (count === undefined) return; // a later change has taken over
        const template = (count === 1 ? this.dataset.resultsOneTemplate : undefined) ?? this.dataset.resultsTemplate ?? '{count}';
        this.setStatus(template.replace('{count}', String(count)));
        this.setEmpty(count === 0);
      })
      .catch(() => {
        // Nothing to search (offline, or the index is gone): say so; the next change tries again.
        this.setStatus('');
        if (failed) failed.hidden = false;
      });
  }

  /** Reorders the items in the DOM; `data-sort-<key>` holds each item's sort value. */
  private sortBy(sort: string): void {
    const collator = new Intl.Collator(this.dataset.sortLocale, { numeric: true });
    const sorted = sortItems(this.items, sort, (item, key) => item.element.getAttribute(`data-sort-${key}`) ?? '', collator);
    const list = sorted[0]?.element.parentElement;
    if (list) for (const item of sorted) list.append(item.element);
    this.items = sorted;
    this.appliedSort = sort;
  }
}

customElements.define('atlas-filter', AtlasFilter);
