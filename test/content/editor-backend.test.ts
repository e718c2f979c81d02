import { cp, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ContentBackend, SaveRefused } from '../../src/lib/editor/backend.ts';
import { projectRoot, sampleContent } from '../support/paths.ts';
import { tempFolder } from '../support/temp.ts';

let root = '';
let backend: ContentBackend;
const handWritten = () => readFile(path.join(projectRoot, 'test/browser/fixtures/jiutai-vaccine-fill-finish.yaml'), 'utf8');
/** The form's data as Decap sends it: YAML with the editor's own id and folder fields. */
const formYaml = (text: string, id = 'jiutai-vaccine-fill-finish', place = 'jiutai') => `id: ${id}\nplace: ${place}\n${text}`;

beforeEach(async () => {
  root = await tempFolder('editor-backend');
  await cp(sampleContent, root, { recursive: true });
  backend = new ContentBackend(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the browser editor storage', () => {
  test('saves a new entry into its folder, named by its id', async () => {
    const saved = await backend.persist(formYaml(await handWritten()), undefined, 'opportunities');
    expect(saved).toBe('opportunities/jiutai/jiutai-vaccine-fill-finish.yaml');
    expect(await readFile(path.join(root, saved), 'utf8')).toBe(await handWritten());
  });

  test('refuses what npm run check refuses, naming the field, and writes nothing', async () => {
    const bad = formYaml((await handWritten()).replace('amount: 6.5', 'amount: 6.5亿元').replace('node: biologics-cdmo', 'node: vaccines'));
    const refused = await backend.persist(bad, undefined, 'opportunities').catch((error: unknown) => error);
    expect(SaveRefused.prototype.isPrototypeOf(refused as object)).toBe(true);
    const fields = (refused as SaveRefused).problems.map((problem) => [problem.field, problem.message.en]);
    expect(fields).toContainEqual(['investment.amount', 'must be a plain number (the unit goes in `unit`), not "6.5亿元"']);
    await expect(stat(path.join(root, 'opportunities/jiutai/jiutai-vaccine-fill-finish.yaml'))).rejects.toThrow();
  });

  test('reads entries with their id and folder as form fields, and leaves them out of the file', async () => {
    const { data } = await backend.readForEditor('opportunities/jiutai/jiutai-biologics-cdmo.yaml');
    expect(data?.split('\n').slice(0, 2)).toEqual(['id: jiutai-biologics-cdmo', 'place: jiutai']);
    const original = await readFile(path.join(root, 'opportunities/jiutai/jiutai-biologics-cdmo.yaml'), 'utf8');
    await backend.persist(data!, 'opportunities/jiutai/jiutai-biologics-cdmo.yaml');
    expect(await readFile(path.join(root, 'opportunities/jiutai/jiutai-biologics-cdmo.yaml'), 'utf8')).toBe(original);
  });

  test('moves an entry whose id changes, and refuses an id that is taken', async () => {
    const { data } = await backend.readForEditor('opportunities/jiutai/jiutai-cargo-uav-base.yaml');
    const taken = await backend.persist(data!.replace('id: jiutai-cargo-uav-base', 'id: jiutai-pharma-packaging'), 'opportunities/jiutai/jiutai-cargo-uav-base.yaml').catch((error: SaveRefused) => error);
    expect((taken as SaveRefused).problems[0]).toMatchObject({ field: 'id' });
    expect(await backend.persist(data!.replace('id: jiutai-cargo-uav-base', 'id: jiutai-cargo-uav-hub'), 'opportunities/jiutai/jiutai-cargo-uav-base.yaml')).toBe('opportunities/jiutai/jiutai-cargo-uav-hub.yaml');
    await expect(stat(path.join(root, 'opportunities/jiutai/jiutai-cargo-uav-base.yaml'))).rejects.toThrow();
  });

  test('refuses to delete a region other entries still refer to, and deletes one nobody needs', async () => {
    const refused = await backend.handle('deleteFiles', { paths: ['regions/jiutai-devzone.yaml'] }).catch((error: SaveRefused) => error);
    expect(SaveRefused.prototype.isPrototypeOf(refused as object)).toBe(true);
    expect((refused as SaveRefused).problems.some((problem) => problem.file?.includes('opportunities/jiutai/') && problem.field === 'region')).toBe(true);
    await backend.handle('deleteFiles', { paths: ['opportunities/jiutai/jiutai-cargo-uav-base.yaml'] });
    await expect(stat(path.join(root, 'opportunities/jiutai/jiutai-cargo-uav-base.yaml'))).rejects.toThrow();
  });

  test('edits site.yaml in place, as any entry', async () => {
    const original = await readFile(path.join(root, 'site.yaml'), 'utf8');
    const { data } = await backend.readForEditor('site.yaml');
    await backend.handle('persistEntry', { dataFiles: [{ path: 'site.yaml', raw: data!.replace('zoom: 4', 'zoom: 5') }] });
    const saved = await readFile(path.join(root, 'site.yaml'), 'utf8');
    expect(saved.split('\n').filter((line, index) => line !== original.split('\n')[index])).toEqual(['  zoom: 5']);
  });

  test('never reads or writes outside the content folder', async () => {
    await expect(backend.handle('getEntry', { path: '../package.json' })).resolves.toMatchObject({ data: null });
    await expect(backend.handle('persistEntry', { dataFiles: [{ path: '../../outside.yaml', raw: 'name: x' }] })).rejects.toThrow(/outside the content folder/);
    await expect(backend.handle('deleteFiles', { paths: ['../package.json'] })).rejects.toThrow(/outside the content folder/);
  });
});
