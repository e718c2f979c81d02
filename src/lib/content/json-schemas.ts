/**
 * JSON Schemas of the collections, for editors: VS Code's YAML extension reads them and offers
 * completion and marks mistakes while staff type. They describe what the loader *accepts*
 * (zod's input side): Chinese labels of closed lists, quoted decimals, `crs` on points.
 * Generated from the zod schemas at check and build time, so they never drift from them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../../schemas/index.ts';
import { vocabularyChoices } from '../../schemas/common.ts';

/** Where the schemas are written, relative to the project; `.vscode/settings.json` points here. */
export const jsonSchemaFolder = '.atlas/schemas';

export function jsonSchemaOf(collection: CollectionName): Record<string, unknown> {
  return z.toJSONSchema(collectionSchemas[collection], {
    io: 'input',
    target: 'draft-2020-12',
    // Only the closed lists' preprocessing is not representable; they are described by `override`.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const choices = vocabularyChoices.get(zodSchema);
      if (choices) {
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as Record<string, unknown>)[key];
        Object.assign(jsonSchema, { type: 'string', enum: choices });
      }
    },
  }) as Record<string, unknown>;
}

/** Writes one `<collection>.schema.json` per collection into `folder`; returns the files written. */
export async function writeJsonSchemas(folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const names = Object.keys(collectionSchemas) as CollectionName[];
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, `${name}.schema.json`);
      await writeFile(file, `${JSON.stringify({ title: `Invest Atlas ${name}`, ...jsonSchemaOf(name) }, null, 2)}\n`);
      return file;
    }),
  );
}
