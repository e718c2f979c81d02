/**
 * PNG files from rendered pixels, smaller than a renderer's default: a card is a few flat
 * colours and the anti-aliased edges of its text, usually under 256 colours in all, which a
 * palette PNG stores exactly in about a third of the bytes. Pictures with more colours are
 * left to the renderer's own encoder (`fallback`). Lossless either way.
 */
import { crc32, deflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, tail]);
}

/**
 * The palette of an opaque RGBA image and each pixel's index into it, or undefined when the
 * image has transparency or more than 256 colours.
 */
export function paletteOf(rgba: Uint8Array, width: number, height: number): { palette: number[]; indices: Uint8Array } | undefined {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const indexOf = new Map<number, number>();
  const palette: number[] = [];
  // One filter byte (0, "none") before each row, as PNG stores scanlines.
  const indices = new Uint8Array((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1);
    for (let x = 0; x < width; x++) {
      const pixel = pixels[y * width + x];
      if (pixel !== last) {
        // Bytes R G B A read as a little-endian word: alpha is the top byte.
        if (pixel >>> 24 !== 0xff) return undefined;
        let index = indexOf.get(pixel);
        if (index === undefined) {
          if (palette.length === 256) return undefined;
          index = palette.length;
          palette.push(pixel);
          indexOf.set(pixel, index);
        }
        last = pixel;
        lastIndex = index;
      }
      indices[row + 1 + x] = lastIndex;
    }
  }
  return { palette, indices };
}

export function encodePng(rgba: Uint8Array, width: number, height: number, fallback: () => Buffer): Buffer {
  const found = paletteOf(rgba, width, height);
  if (!found) return fallback();
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  const colours = Buffer.alloc(found.palette.length * 3);
  found.palette.forEach((pixel, index) => {
    colours[index * 3] = pixel & 0xff;
    colours[index * 3 + 1] = (pixel >>> 8) & 0xff;
    colours[index * 3 + 2] = (pixel >>> 16) & 0xff;
  });
  return Buffer.concat([signature, chunk('IHDR', header), chunk('PLTE', colours), chunk('IDAT', deflateSync(found.indices, { level: 6 })), chunk('IEND', new Uint8Array(0))]);
}

/**
 * The image in at most 256 colours, for pictures whose anti-aliased edges run past a palette
 * (a card's map: land, sea, boundaries, markers and names, each edge blending two of them). The
 * 256 most used colours are kept exactly and every other pixel, an edge pixel in practice,
 * takes the nearest of them: flat colours, shapes and text keep their colour, edges move by a
 * shade, and the file is a third of the renderer's full-colour PNG.
 */
export function reduceColours(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  // Counted run by run: most of a card is long runs of one colour.
  const counts = new Map<number, number>();
  for (let index = 0; index < pixels.length; ) {
    const pixel = pixels[index];
    let end = index + 1;
    while (end < pixels.length && pixels[end] === pixel) end++;
    counts.set(pixel, (counts.get(pixel) ?? 0) + end - index);
    index = end;
  }
  if (counts.size <= 256) return rgba;
  const kept = Uint32Array.from(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 256)
      .map(([pixel]) => pixel),
  );
  const nearest = new Map<number, number>();
  for (const pixel of kept) nearest.set(pixel, pixel);
  const closest = (pixel: number): number => {
    let best = Infinity;
    let match = kept[0];
    for (const candidate of kept) {
      const dr = (candidate & 0xff) - (pixel & 0xff);
      const dg = ((candidate >>> 8) & 0xff) - ((pixel >>> 8) & 0xff);
      const db = ((candidate >>> 16) & 0xff) - ((pixel >>> 16) & 0xff);
      const da = (candidate >>> 24) - (pixel >>> 24);
      const distance = dr * dr + dg * dg + db * db + da * da;
      if (distance < best) {
        best = distance;
        match = candidate;
      }
    }
    return match;
  };
  const reduced = new Uint32Array(pixels.length);
  let last = -1;
  let lastMatch = 0;
  for (let index = 0; index < pixels.length; index++) {
    const pixel = pixels[index];
    if (pixel !== last) {
      let match = nearest.get(pixel);
      if (match === undefined) {
        match = closest(pixel);
        nearest.set(pixel, match);
      }
      last = pixel;
      lastMatch = match;
    }
    reduced[index] = lastMatch;
  }
  return new Uint8Array(reduced.buffer);
}
