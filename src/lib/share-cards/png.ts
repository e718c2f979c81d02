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
