import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CheckedFiles, settleMs } from '../../src/lib/content/checked-files.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { validateFile } from '../../src/lib/content/validate.ts';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { contentWithOverlay, validFixture } from '../support/fixtures.ts';

const copyOfValidGuide = () => contentWithOverlay(path.join(validFixture, 'chains'));

/** Checked files whose clock runs ahead, as if every save were long settled by the next load. */
const settledFiles = () => new CheckedFiles({ now: () => Date.now() + 10 * settleMs });

async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  await writeFile(file, next);
}

/** The same folder checked from scratch, to compare a reload with. */
async function fresh(root: string) {
  const { content, problems } = await checkContent(root);
  return { problems, opportunities: content?.opportunities.map((entry) => entry.data) };
}

describe('a content folder checked again with the files of the last check', () => {
  test('reads and validates only the files that changed, and shows the change', async () => {
    const root = await copyOfValidGuide();
    const checked = settledFiles();
    const first = await checkContent(root, { checkedFiles: checked });
    expect(first.problems).toEqual([]);
    const files = checked.validated;
    expect(files).toBeGreaterThan(4);

    // Same length: the size alone would not tell.
    await edit(path.join(root, 'opportunities/api-plant.yaml'), '原料药生产基地', '原料药制造基地');
    checked.validated = 0;
    checked.reused = 0;
    const second = await checkContent(root, { checkedFiles: checked });
    expect(checked.validated).toBe(1);
    expect(checked.reused).toBe(files - 1);
    expect(second.content?.opportunities.find((entry) => entry.id === 'api-plant')?.data.title.zh).toBe('原料药制造基地');
    // The unchanged entry is the one checked before, not a new copy.
    const coldChain = (result: typeof first) => result.content?.opportunities.find((entry) => entry.id === 'cold-chain')?.data;
    expect(coldChain(second)).toBe(coldChain(first));
    expect({ problems: second.problems, opportunities: second.content?.opportunities.map((entry) => entry.data) }).toEqual(await fresh(root));
  });

  test('reports a broken file exactly as a check from scratch does, also when the file is unchanged since', async () => {
    const root = await copyOfValidGuide();
    const checked = settledFiles();
    await checkContent(root, { checkedFiles: checked });
    await edit(path.join(root, 'opportunities/cold-chain.yaml'), /^industry: .*$/m, 'industry: [oops');
    const broken = await checkContent(root, { checkedFiles: checked });
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(broken.problems).toEqual((await fresh(root)).problems);
    const again = await checkContent(root, { checkedFiles: checked });
    expect(again.problems).toEqual(broken.problems);
  });

  test('still checks references across files: an unchanged opportunity whose region was deleted fails', async () => {
    const root = await copyOfValidGuide();
    const checked = settledFiles();
    await checkContent(root, { checkedFiles: checked });
    const regions = (await checkContent(root)).content!.regions.map((entry) => entry.id);
    expect(regions).toContain('jiutai');
    await rm(path.join(root, 'regions/jiutai.yaml'));
    const result = await checkContent(root, { checkedFiles: checked });
    expect(result.problems.some((problem) => problem.file.endsWith('opportunities/api-plant.yaml') && problem.path[0] === 'region')).toBe(true);
    expect(result.problems).toEqual((await fresh(root)).problems);
    expect(result.content?.regions.map((entry) => entry.id)).not.toContain('jiutai');
  });

  test('forgets deleted files, and checks a file again against another schema', async () => {
    const root = await copyOfValidGuide();
    const checked = settledFiles();
    await checkContent(root, { checkedFiles: checked });
    const before = checked.size;
    await rm(path.join(root, 'policies/land-support.yaml'));
    await checkContent(root, { checkedFiles: checked });
    expect(checked.size).toBe(before - 1);

    const file = path.join(root, 'opportunities/api-plant.yaml');
    checked.validated = 0;
    expect((await checked.check(file, collectionSchemas.opportunities)).entry).toBeDefined();
    expect(checked.validated).toBe(0);
    expect(await checked.check(file, collectionSchemas.regions)).toEqual(await validateFile(file, collectionSchemas.regions));
    expect(checked.validated).toBe(1);
  });

  test('validates again when the file was saved while it was being checked', async () => {
    let stamp = 'one';
    const seen: string[] = [];
    const checked = new CheckedFiles({
      now: () => 10 * settleMs,
      stamp: () => ({ key: stamp, modifiedMs: 0 }),
      validate: async (file, schema) => {
        seen.push(stamp);
        // The save lands after the stamp was taken.
        stamp = 'two';
        return validateFile(file, schema);
      },
    });
    const file = path.join(validFixture, 'opportunities/api-plant.yaml');
    await checked.check(file, collectionSchemas.opportunities);
    await checked.check(file, collectionSchemas.opportunities);
    expect(seen).toEqual(['one', 'two']);
  });

  test('does not keep the result of a file written moments ago: a second save in the same clock tick, of the same size, is seen', async () => {
    const seen: string[] = [];
    let text = 'first';
    const checked = new CheckedFiles({
      now: () => 1_000,
      // Both saves carry the same stamp, as on a file system whose clock has not moved on.
      stamp: () => ({ key: 'same-size-same-tick', modifiedMs: 999 }),
      validate: async (file, schema) => {
        seen.push(text);
        return validateFile(file, schema);
      },
    });
    const file = path.join(validFixture, 'opportunities/api-plant.yaml');
    await checked.check(file, collectionSchemas.opportunities);
    text = 'second';
    await checked.check(file, collectionSchemas.opportunities);
    expect(seen).toEqual(['first', 'second']);
    expect(checked.size).toBe(0);
    // Whoever loaded the folder learns to look again once the file settled.
    expect(checked.unsettled).toBe(true);
  });
});
