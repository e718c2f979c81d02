/** Where the tests find the project, the sample content and the built guide. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sampleContent = path.join(projectRoot, 'content');
export const testOutput = path.join(projectRoot, '.test-output');
export const builtSite = path.join(testOutput, 'site');

/** The tests pin "today" so statuses derived from dates (expired, in force) do not drift. */
export const testToday = '2026-11-23';
