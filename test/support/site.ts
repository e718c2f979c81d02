/** Reading the built guide: its pages as parsed HTML, by URL path. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtSite } from './paths.ts';

/** URL paths of every HTML page of a built site, e.g. `/zh/regions/jiutai/`. */
export async function pagePaths(root = builtSite): Promise<string[]> {
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
  return files.map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '')).sort();
}

export function fileOfPage(pagePath: string, root = builtSite): string {
  return path.join(root, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
}

const cache = new Map<string, HTMLElement>();

export async function readPage(pagePath: string, root = builtSite): Promise<HTMLElement> {
  const file = fileOfPage(pagePath, root);
  let page = cache.get(file);
  if (!page) {
    page = parse(await readFile(file, 'utf8'));
    cache.set(file, page);
  }
  return page;
}

export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
