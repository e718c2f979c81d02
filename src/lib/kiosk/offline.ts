/**
 * What the kiosk needs offline: its pages, and every file they reference, followed through the
 * stylesheets and scripts they load. Only those are precached, not the whole guide.
 */
import { localePrefix } from '../paths.ts';

const kioskPage = new RegExp(`^${localePrefix}/kiosk/(?:.+/)?index\\.html$`);

/** Kiosk page files in the build output, relative to it: `zh/kiosk/index.html`, `zh-hant/kiosk/chains/x/index.html`. */
export function isKioskPage(relativePath: string): boolean {
  return kioskPage.test(relativePath.split('\\').join('/'));
}

/**
 * Same-site files a page, stylesheet or script refers to, as paths relative to the output root:
 * `href`/`src` attributes and CSS `url()` starting with the base path, and the relative imports
 * (`./chunk.js`) of files in `fromDir`.
 */
export function referencedFiles(text: string, base: string, fromDir = ''): string[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const found = new Set<string>();
  const absolute = /(?:href|src)\s*=\s*["']([^"'#?]+)|url\(\s*["']?([^"')#?]+)|(?:from|import)\s*\(?\s*["']([^"'#?]+)["']/g;
  for (const match of text.matchAll(absolute)) {
    const target = match[1] ?? match[2] ?? match[3];
    if (target.startsWith(root) && !target.startsWith('//')) found.add(target.slice(root.length));
    else if (target.startsWith('./') && match[3] !== undefined) found.add(`${fromDir}${target.slice(2)}`);
  }
  // Pictures list their widths in srcset. The kiosk runs in Chromium, which picks AVIF: its
  // widths are kept (the screen decides which one shows), other formats only as the <img> src.
  for (const match of text.matchAll(/srcset\s*=\s*["']([^"']+)["']/g)) {
    for (const candidate of match[1].split(',')) {
      const target = candidate.trim().split(/\s+/)[0];
      if (target?.endsWith('.avif') && target.startsWith(root) && !target.startsWith('//')) found.add(target.slice(root.length));
    }
  }
  // A map's settings (a JSON data block) name the guide's own vector basemap file, which a kiosk
  // map needs offline like any picture.
  for (const match of text.matchAll(/"url":"([^"]+\.pmtiles)"/g)) {
    if (match[1].startsWith(root) && !match[1].startsWith('//')) found.add(match[1].slice(root.length));
  }
  return [...found].filter((file) => file !== '' && !file.endsWith('/'));
}
