import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { builtSite } from '../support/paths.ts';
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

test('every file a stylesheet refers to (fonts, images) exists', async () => {
  const broken: string[] = [];
  const stylesheets = (await readdir(builtSite, { recursive: true })).filter((file) => file.endsWith('.css'));
  expect(stylesheets.length).toBeGreaterThan(0);
  for (const stylesheet of stylesheets) {
    const css = await readFile(path.join(builtSite, stylesheet), 'utf8');
    for (const [, raw] of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      if (/^(data:|#|https?:)/.test(raw)) continue;
      const target = raw.startsWith('/') ? path.join(builtSite, raw) : path.join(builtSite, path.dirname(stylesheet), raw);
      if (!existsSync(target.replace(/[?#].*$/, ''))) broken.push(`${stylesheet} → ${raw}`);
    }
  }
  expect(broken).toEqual([]);
});
