/**
 * `<atlas-compare>`: the investor picks up to four regions and the comparison table shows only
 * their columns. Without it the page is the full table (and prints as one); the pick lives in
 * the address, so a reload or a shared link shows the same columns.
 */
import { maxPicked, readPicked, visibleRegions, writePicked } from '../lib/costs/selection.ts';

class AtlasCompare extends HTMLElement {
  connectedCallback(): void {
    const picker = this.querySelector<HTMLElement>('[data-picker]');
    if (!picker) return;
    const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const all = boxes.map((box) => box.value);
    const cells = [...this.querySelectorAll<HTMLElement>('[data-region]')];
    const status = picker.querySelector<HTMLElement>('[data-status]');
    const picked = readPicked(location.search, all);

    const apply = (updateUrl: boolean) => {
      const shown = visibleRegions(all, picked);
      for (const cell of cells) cell.hidden = !shown.includes(cell.dataset.region!);
      for (const box of boxes) {
        box.checked = picked.includes(box.value);
        box.disabled = !box.checked && picked.length >= maxPicked;
      }
      if (status) status.textContent = (status.dataset.template ?? '').replace('{shown}', String(shown.length)).replace('{total}', String(all.length));
      if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${writePicked(location.search, picked)}${location.hash}`);
    };

    picker.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const at = picked.indexOf(box.value);
      if (box.checked && at < 0 && picked.length < maxPicked) picked.push(box.value);
      if (!box.checked && at >= 0) picked.splice(at, 1);
      apply(true);
    });
    picker.querySelector('[data-show-all]')?.addEventListener('click', () => {
      picked.length = 0;
      apply(true);
    });
    picker.hidden = false;
    apply(false);
  }
}

customElements.define('atlas-compare', AtlasCompare);
