/**
 * Builds the sample guide (with a pinned "today") and serves it, for the built-output and browser
 * tests. Both projects use this setup; the build and the server are shared, made once per run.
 * A failed build stops the run with the build's own output.
 */
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildGuide } from './build.ts';
import { builtSite, sampleContent } from './paths.ts';
import { serveDirectory } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

let served: Promise<{ url: string; close: () => Promise<void> }> | undefined;
let users = 0;

async function buildAndServe() {
  await rm(builtSite, { recursive: true, force: true });
  const result = await buildGuide({ content: sampleContent, outDir: builtSite });
  if (result.code !== 0) throw new Error(`building the sample guide failed:\n${result.output}`);
  return serveDirectory(builtSite);
}

export default async function setup(project: TestProject) {
  served ??= buildAndServe();
  users += 1;
  const server = await served;
  project.provide('siteUrl', server.url);
  return async () => {
    users -= 1;
    if (users === 0) await server.close();
  };
}
