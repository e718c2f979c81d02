import { beforeAll, describe, expect, test } from 'vitest';
import { pagePaths, readPage } from '../support/site.ts';

let pages: string[];
beforeAll(async () => {
  pages = await pagePaths();
});

describe('no script can be injected and nothing loads from another host', () => {
  test('every page carries a CSP that allows no inline script without a hash', async () => {
    for (const page of pages.filter((candidate) => candidate !== '/404.html')) {
      const policy = (await readPage(page)).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(policy, page).toContain("default-src 'self'");
      expect(policy, page).toMatch(/script-src 'self'/);
      expect(policy, page).not.toContain('unsafe-inline');
      expect(policy, page).not.toContain("'unsafe-eval'");
    }
  });

  test('no inline event handlers or javascript: URLs in any page', async () => {
    for (const page of pages) {
      const document = await readPage(page);
      for (const element of document.querySelectorAll('*')) {
        for (const name of Object.keys(element.attributes)) expect(name, `${page} <${element.tagName}>`).not.toMatch(/^on/i);
      }
    }
  });

  test('scripts, styles and icons all come from the guide itself', async () => {
    for (const page of pages) {
      const document = await readPage(page);
      const sources = [
        ...document.querySelectorAll('script[src]').map((element) => element.getAttribute('src') ?? ''),
        ...document.querySelectorAll('link[rel="stylesheet"], link[rel="icon"], link[rel="preload"], link[rel="modulepreload"]').map((element) => element.getAttribute('href') ?? ''),
      ];
      for (const source of sources) expect(source, page).toMatch(/^\/(?!\/)/);
    }
  });
});
