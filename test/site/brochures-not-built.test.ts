import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { builtSite } from '../support/paths.ts';
import { readPage } from '../support/site.ts';

test('an ordinary build neither makes brochure pages nor links to PDFs it has not printed', async () => {
  for (const locale of ['zh', 'en']) {
    expect(existsSync(path.join(builtSite, locale, 'brochure'))).toBe(false);
    for (const pagePath of [`/${locale}/`, `/${locale}/regions/jiutai-devzone/`, `/${locale}/chains/biomedicine/`]) {
      const page = await readPage(pagePath);
      expect(page.querySelector('.brochure-link'), pagePath).toBeNull();
      expect(page.querySelectorAll('a[href$=".pdf"]').length, pagePath).toBe(0);
    }
  }
});
