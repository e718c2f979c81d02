/**
 * The PNG icons browsers, phones and chat apps look for (apple-touch-icon, 192 and 512 px icons,
 * favicon.ico), all drawn at build from the guide's one `public/favicon.svg`, so a new logo
 * needs only that file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export interface IconFile {
  /** Path from the site's root. */
  file: string;
  size: number;
  /** Home-screen icons get a white square behind them: iOS fills transparent corners with black. */
  opaque?: boolean;
}

export const pngIcons: IconFile[] = [
  { file: 'apple-touch-icon.png', size: 180, opaque: true },
  { file: 'icon-192.png', size: 192 },
  { file: 'icon-512.png', size: 512 },
];

/** Sizes inside favicon.ico: the tab icon and its double for high-density screens. */
export const icoSizes = [16, 32, 48];

export function faviconSvg(root = process.cwd()): string {
  return readFileSync(path.join(root, 'public/favicon.svg'), 'utf8');
}

export function iconPng(svg: string, size: number, opaque = false): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: size }, background: opaque ? '#ffffff' : undefined }).render().asPng();
}

/**
 * An .ico file holding PNG images (the format every browser since 2010 reads): a 6-byte header,
 * a 16-byte directory entry per image, then the PNGs themselves.
 */
export function icoFile(images: { size: number; png: Uint8Array }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // width (0 means 256)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => Buffer.from(png))]);
}
