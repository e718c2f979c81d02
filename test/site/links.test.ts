import { existsSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { fileOfPage, pagePaths, readPage } from '../support/site.ts';

let pages: string[];
beforeAll(async () => {
  pages = await pagePaths();
});

test('no internal link, script, stylesheet or image is broken, and every #anchor exists', async () => {
  const broken: string[] = [];
  for (const page of pages) {
    const document = await readPage(page);
    const references = [
      ...document.querySelectorAll('a[href]').map((element) => element.getAttribute('href') ?? ''),
      ...document.querySelectorAll('link[href]').filter((element) => element.getAttribute('rel') !== 'alternate' && element.getAttribute('rel') !== 'canonical').map((element) => element.getAttribute('href') ?? ''),
      ...document.querySelectorAll('[src]').map((element) => element.getAttribute('src') ?? ''),
    ];
    for (const reference of references) {
      if (/^(https?:|mailto:|tel:)/.test(reference)) continue;
      const url = new URL(reference, `http://guide${page}`);
      const target = url.pathname;
      if (!existsSync(fileOfPage(target)) && !existsSync(fileOfPage(`${target}`.replace(/\/$/, '')))) {
        broken.push(`${page} → ${reference}`);
        continue;
      }
      if (url.hash && target.endsWith('/')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!(await readPage(target)).getElementById(id)) broken.push(`${page} → ${reference} (no #${id})`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('external links are only to http(s), mail and phone', async () => {
  for (const page of pages) {
    for (const link of (await readPage(page)).querySelectorAll('a[href]')) {
      expect(link.getAttribute('href'), page).not.toMatch(/^(javascript|data|vbscript):/i);
    }
  }
});
