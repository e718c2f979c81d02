import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { writeContent } from '../../seeds/generate.ts';
import { buildGuide } from '../support/build.ts';
import { fileOfPage, pagePaths } from '../support/site.ts';

test('ATLAS_CONTENT builds another locality\'s guide, one page per entry per language', async () => {
  const content = await mkdtemp(path.join(tmpdir(), 'atlas-other-content-'));
  const outDir = await mkdtemp(path.join(tmpdir(), 'atlas-other-site-'));
  writeContent({ out: content, opportunities: 40, seed: 3, force: true });
  const { code, output } = await buildGuide({ content, outDir });
  expect(code, output).toBe(0);

  const loaded = await loadContent(content);
  const sections = ['regions', 'chains', 'opportunities', 'policies'] as const;
  for (const section of sections) {
    for (const entry of loaded[section]) {
      for (const locale of ['zh', 'en']) expect(existsSync(fileOfPage(`/${locale}/${section}/${entry.id}/`, outDir)), `${locale}/${section}/${entry.id}`).toBe(true);
    }
  }
  const entries = sections.reduce((total, section) => total + loaded[section].length, 0);
  expect(await pagePaths(outDir)).toHaveLength(2 * (1 + sections.length + entries) + 2);
});
