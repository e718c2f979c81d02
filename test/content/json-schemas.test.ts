import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listYamlFiles } from '../../src/lib/content/files.ts';
import { jsonSchemaOf } from '../../src/lib/content/json-schemas.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { projectRoot, sampleContent } from '../support/paths.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });

async function validatesAll(collection: CollectionName, files: string[]) {
  const validate = ajv.compile(jsonSchemaOf(collection));
  for (const file of files) {
    const data = parse(await readFile(file, 'utf8'));
    expect(validate(data), `${path.relative(projectRoot, file)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  }
}

describe('JSON Schemas for editors', () => {
  test('every sample content file validates against its collection JSON Schema', async () => {
    await validatesAll('site', [path.join(sampleContent, 'site.yaml')]);
    for (const collection of ['regions', 'chains', 'opportunities', 'policies'] as const) {
      const files = await listYamlFiles(path.join(sampleContent, collection));
      expect(files.length).toBeGreaterThan(0);
      await validatesAll(collection, files);
    }
  });

  test('closed lists accept the Chinese labels the loader accepts, and reject what it rejects', () => {
    const validate = ajv.compile(jsonSchemaOf('opportunities'));
    const base = parse(`
title: { zh: 项目 }
summary: { zh: 简介 }
region: jiutai
industry: biomedicine
investment: { amount: 5, unit: 亿元 }
cooperation: [独资, jv]
content: { zh: 内容 }
preparation: { level: 已立项 }
stage: 招商中
contact: { name: { zh: 张三 }, phone: "0431-1234567" }
published: 2026-01-01
updated: 2026-01-01
`);
    expect(validate(base), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ ...base, stage: 'finished' })).toBe(false);
    expect(validate({ ...base, sumary: { zh: '拼错' } })).toBe(false);
    expect(validate({ ...base, investment: { amount: 5, unit: '亿' } })).toBe(false);
  });

  test("a region's cost figures: indicators and units offered by key or Chinese label, values as numbers or quoted decimals", () => {
    const validate = ajv.compile(jsonSchemaOf('regions'));
    const region = (costs: unknown[]) => ({
      name: { zh: '九台区' },
      level: 'district',
      center: { lat: 44.15, lng: 125.84 },
      summary: { zh: '简介' },
      costs,
      updated: '2026-01-01',
    });
    const power = { indicator: '工业电价', value: '0.55', unit: '元/千瓦时', year: 2025, illustrative: true };
    expect(validate(region([power, { ...power, indicator: 'water', value: 4.2, unit: 'yuan-per-m3' }])), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(region([{ ...power, indicator: 'electricity' }]))).toBe(false);
    expect(validate(region([{ ...power, unit: '元/度' }]))).toBe(false);
    expect(validate(region([{ ...power, illustrative: 'yes' }]))).toBe(false);
  });

  test('the VS Code settings point every collection at its generated schema', async () => {
    const settings = JSON.parse(await readFile(path.join(projectRoot, '.vscode/settings.json'), 'utf8'));
    const targets = Object.keys(settings['yaml.schemas']).map((file) => path.basename(file));
    expect(targets.sort()).toEqual(['chains', 'opportunities', 'policies', 'regions', 'site'].map((name) => `${name}.schema.json`));
  });
});
