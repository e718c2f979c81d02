/**
 * `<atlas-filter>`: filters and sorts a server-rendered list in place. The page works without
 * it (CSS does the filtering); the script adds sorting, result counts, an empty-state message
 * and a URL that reproduces the selection.
 */
import { effectiveSelection, matchesSelection, searchFromSelection, selectionFromSearch, type FacetValues, type Selection } from '../lib/filters.ts';

interface ListItem {
  element: HTMLElement;
  values: FacetValues;
}

class AtlasFilter extends HTMLElement {
  private items: ListItem[] = [];
  private selects: HTMLSelectElement[] = [];
  private sortSelect: HTMLSelectElement | null = null;
  private appliedSort = '';

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    this.selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-facet]')];
    this.sortSelect = form.querySelector<HTMLSelectElement>('select[data-sort]');
    this.items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')].map((element) => ({ element, values: this.valuesOf(element) }));
    this.appliedSort = this.dataset.defaultSort ?? '';
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
    const sort = this.sortSelect?.value ?? this.appliedSort;
    if (sort !== this.appliedSort) this.sortBy(sort);

    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (status) {
      status.textContent = (this.dataset.statusTemplate ?? '{shown} / {total}')
        .replace('{shown}', String(shown))
        .replace('{total}', String(total));
    }
    const empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    if (empty) empty.hidden = shown > 0;

    if (updateUrl) {
      const search = searchFromSelection(selection, sort, this.dataset.defaultSort, this.defaults());
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
  }

  /** Reorders the items in the DOM; `data-sort-<key>` holds each item's sort value. */
  private sortBy(sort: string): void {
    const [key, direction] = sort.split(':');
    const collator = new Intl.Collator(this.dataset.sortLocale, { numeric: true });
    const factor = direction === 'desc' ? -1 : 1;
    const valueOf = (item: ListItem) => item.element.getAttribute(`data-sort-${key}`) ?? '';
    const numeric = this.items.every((item) => valueOf(item) === '' || !Number.isNaN(Number(valueOf(item))));
    const sorted = [...this.items].sort((a, b) => {
      // An item without a value (an investment still to be negotiated) goes last in either direction.
      if ((valueOf(a) === '') !== (valueOf(b) === '')) return valueOf(a) === '' ? 1 : -1;
      const compared = numeric ? Number(valueOf(a)) - Number(valueOf(b)) : collator.compare(valueOf(a), valueOf(b));
      return compared * factor;
    });
    const list = sorted[0]?.element.parentElement;
    if (list) for (const item of sorted) list.append(item.element);
    this.items = sorted;
    this.appliedSort = sort;
  }
}

customElements.define('atlas-filter', AtlasFilter);
