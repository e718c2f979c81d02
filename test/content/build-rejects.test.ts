import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildGuide } from '../support/build.ts';
import { badCases, contentWithCase } from '../support/fixtures.ts';
import { tempFolder } from '../support/temp.ts';

// The real `astro build`, once per bad fixture: the build must stop and say where the problem is.
describe('npm run build refuses bad content', () => {
  test.each(badCases)('$name', async (badCase) => {
    const content = await contentWithCase(badCase.name);
    const outDir = await tempFolder('out');
    const { code, output } = await buildGuide({ content, outDir });
    expect(code, output).not.toBe(0);
    const location = `${badCase.file}:${badCase.line}`;
    expect(output).toContain(location);
    if (badCase.field) expect(output).toContain(`field: ${badCase.field}`);
    expect(output).toContain(badCase.zh);
    expect(output).toContain(badCase.en);
  });
});
