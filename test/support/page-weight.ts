/** How heavy a built page is: the JavaScript it runs on load, and its HTML, gzipped. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtSite } from './paths.ts';
import { fileOfPage, readPage } from './site.ts';

/** The files a module loads before it runs: its static imports, followed to the end. */
async function staticModuleGraph(root: string, file: string, seen: Set<string>): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(path.join(root, file), 'utf8');
  // Minified static imports: `import{a as b}from"./x.js"` and `import"./x.js"`; `import("…")` is lazy.
  for (const [, specifier] of code.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    await staticModuleGraph(root, path.posix.join(path.posix.dirname(file), specifier), seen);
  }
  return seen;
}

/** Gzipped bytes of JavaScript a page runs on load: its scripts and everything they import. */
export async function javascriptBytes(pagePath: string, root = builtSite): Promise<number> {
  const document = await readPage(pagePath, root);
  const files = new Set<string>();
  let bytes = 0;
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // data blocks do not run
    const source = script.getAttribute('src');
    if (source) await staticModuleGraph(root, source, files);
    else bytes += gzipSync(script.textContent).length;
  }
  for (const file of files) bytes += gzipSync(await readFile(path.join(root, file))).length;
  return bytes;
}

/** Bytes of a page's HTML, as stored and gzipped. */
export async function htmlBytes(pagePath: string, root = builtSite): Promise<{ raw: number; gzipped: number }> {
  const html = await readFile(fileOfPage(pagePath, root));
  return { raw: html.length, gzipped: gzipSync(html).length };
}
