import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkEntryImages, findImages, sniffImageFormat } from '../../src/lib/content/images.ts';
import { referencedFiles } from '../../src/lib/kiosk/offline.ts';
import { illustrationJpeg } from '../../seeds/illustrations.ts';
import { tempFolder } from '../support/temp.ts';

const picture = (src: string) => ({ src, alt: { zh: '园区' }, credit: { zh: '示例' } });

describe('pictures named in content', () => {
  test('are found wherever they sit: a cover, a gallery, a carrier of a region', () => {
    const data = { name: { zh: '九台' }, images: { cover: picture('a.jpg'), gallery: [picture('b.jpg')] }, carriers: [{ images: { cover: picture('c.jpg') } }] };
    expect(findImages(data).map((found) => [found.path.join('.'), found.image.src])).toEqual([
      ['images.cover', 'a.jpg'],
      ['images.gallery.0', 'b.jpg'],
      ['carriers.0.images.cover', 'c.jpg'],
    ]);
  });

  test('are recognised by their bytes, whatever the file is called', async () => {
    expect(sniffImageFormat(new Uint8Array(await illustrationJpeg('lab', 1, 64)))).toBe('jpeg');
    expect(sniffImageFormat(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(sniffImageFormat(new TextEncoder().encode('GIF89a....'))).toBeNull();
  });

  test('must exist beside the entry, stay inside the content folder and hold the format their name says', async () => {
    const root = await tempFolder('images');
    await mkdir(path.join(root, 'regions/images'), { recursive: true });
    await writeFile(path.join(root, 'regions/images/park.jpg'), await illustrationJpeg('park', 1, 64));
    await writeFile(path.join(root, 'regions/images/plan.png'), await illustrationJpeg('park', 2, 64));
    const entry = path.join(root, 'regions/jiutai.yaml');
    const data = {
      images: {
        cover: picture('images/park.jpg'),
        gallery: [picture('images/gone.jpg'), picture('images/plan.png'), picture('../../outside.jpg')],
      },
    };
    const problems = await checkEntryImages(entry, data, root);
    expect(problems.map((problem) => [problem.path.join('.'), problem.message.split('\u001f')[1]])).toEqual([
      ['images.gallery.0.src', 'image file images/gone.jpg not found (the path is relative to this file)'],
      ['images.gallery.1.src', 'images/plan.png is named .png but holds a JPEG image; fix the extension'],
      ['images.gallery.2.src', 'image ../../outside.jpg must be inside the content folder'],
    ]);
  });

  test('every AVIF width of a picture, and its fallback file, is kept for the offline kiosk', () => {
    const html = '<source srcset="/_astro/a.avif 480w, /_astro/b.avif 960w" type="image/avif"><img src="/_astro/c.jpg" srcset="/_astro/d.jpg 480w">';
    expect(referencedFiles(html, '/').sort()).toEqual(['_astro/a.avif', '_astro/b.avif', '_astro/c.jpg']);
  });
});

describe('pictures handed to Astro', () => {
  test('every picture and the named paths are marked for import, relative to the entry, without touching the original', async () => {
    const { withAstroImages } = await import('../../src/loaders/astro-images.ts');
    const data = { brand: { logo: 'images/logo.svg' }, images: { cover: picture('images/a.jpg'), gallery: [picture('../images/b.jpg')] } };
    const marked = withAstroImages(data, [['brand', 'logo']]);
    expect(marked.images.cover.src).toBe('__ASTRO_IMAGE_./images/a.jpg');
    expect(marked.images.gallery[0].src).toBe('__ASTRO_IMAGE_../images/b.jpg');
    expect(marked.brand.logo).toBe('__ASTRO_IMAGE_./images/logo.svg');
    expect(data.images.cover.src).toBe('images/a.jpg');
    const plain = { name: { zh: '九台' } };
    expect(withAstroImages(plain)).toBe(plain);
  });
});
