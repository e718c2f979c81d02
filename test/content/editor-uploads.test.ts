import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { illustrationJpeg } from '../../seeds/illustrations.ts';
import { ContentBackend } from '../../src/lib/editor/backend.ts';
import { uploadFileName } from '../../src/lib/editor/uploads.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { tempFolder } from '../support/temp.ts';
import { sampleContent } from '../support/paths.ts';

describe('pictures uploaded in the browser editor', () => {
  test('are named as a person would write them', () => {
    expect(uploadFileName('Jiutai Park.JPEG', 'jpeg')).toBe('jiutai-park.jpg');
    expect(uploadFileName('园区航拍.png', 'png')).toBe('picture.png');
    expect(uploadFileName('C:\\fakepath\\plant 2.webp', 'webp')).toBe('plant-2.webp');
  });

  test('land in the images folder beside the entry, and leave the content passing its checks', async () => {
    const root = await tempFolder('editor-uploads');
    await cp(sampleContent, root, { recursive: true });
    const backend = new ContentBackend(root);
    const bytes = new Uint8Array(await illustrationJpeg('park', 7, 96));
    const src = await backend.upload('opportunities', 'jiutai', 'New Plant.jpg', bytes);
    expect(src).toBe('images/new-plant.jpg');
    expect(new Uint8Array(await readFile(path.join(root, 'opportunities/jiutai', src)))).toEqual(bytes);
    // The same bytes again keep their name; other bytes under the same name get a number.
    expect(await backend.upload('opportunities', 'jiutai', 'New Plant.jpg', bytes)).toBe('images/new-plant.jpg');
    const other = new Uint8Array(await illustrationJpeg('lab', 3, 96));
    expect(await backend.upload('opportunities', 'jiutai', 'new-plant.jpg', other)).toBe('images/new-plant-2.jpg');
    expect(await backend.upload('regions', undefined, 'zone.jpg', bytes)).toBe('images/zone.jpg');
    expect((await checkContent(root)).problems).toEqual([]);
  });

  test('refuse what is not a picture, a folder outside the content, and entries without pictures', async () => {
    const root = await tempFolder('editor-uploads');
    const backend = new ContentBackend(root);
    await expect(backend.upload('regions', undefined, 'notes.jpg', new TextEncoder().encode('not a picture'))).rejects.toThrow(/not a usable picture/);
    await expect(backend.upload('opportunities', '../..', 'x.jpg', new Uint8Array(await illustrationJpeg('park', 1, 32)))).rejects.toThrow(/folder/);
    await expect(backend.upload('policies', undefined, 'x.jpg', new Uint8Array(await illustrationJpeg('park', 1, 32)))).rejects.toThrow(/cannot be added/);
  });
});
