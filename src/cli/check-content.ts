/**
 * `npm run check -- [folder]`: checks a content folder (schemas, cross-references, and the
 * warnings staff should act on) without building the site. Prints every problem grouped by file
 * as `file:line  field  message`, in Chinese and English, then a summary. Exits 1 on errors;
 * warnings alone exit 0. Also refreshes the editors' JSON Schemas in `.atlas/schemas/`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../lib/dates.ts';
import { freshnessByRegion, freshnessTotals } from '../lib/freshness.ts';
import { jsonSchemaFolder, writeJsonSchemas } from '../lib/content/json-schemas.ts';
import { checkContent } from '../lib/content/load.ts';
import { formatReport } from '../lib/content/report.ts';
import { synonymProblems } from '../lib/import/synonyms.ts';
import { contentRoot } from '../loaders/content-root.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const root = process.argv[2] ?? contentRoot();

const today = buildDate();
const [{ content, problems: contentProblems, warnings }] = await Promise.all([
  checkContent(root, { warningsAsOf: today }),
  writeJsonSchemas(path.join(projectRoot, jsonSchemaFolder)),
]);
// The import's synonym table is checked here too, so a mistake shows before the next import.
const problems = content ? [...contentProblems, ...(await synonymProblems(root, content.site.data.industries))] : contentProblems;
const counts = content && {
  regions: content.regions.length,
  chains: content.chains.length,
  opportunities: content.opportunities.length,
  policies: content.policies.length,
  articles: content.articles.length,
};
// Where entries have lapsed or gone unchecked, per top-level region, after the per-file findings.
const regionNames = new Map(content?.regions.map((region) => [region.id, { zh: region.data.name.zh, en: region.data.name.en ?? region.data.name.zh }]) ?? []);
const freshness = content && {
  asOf: today,
  rows: freshnessByRegion(content, today).map((row) => ({ ...row, name: row.region === undefined ? undefined : (regionNames.get(row.region) ?? { zh: row.region, en: row.region }) })),
  totals: freshnessTotals(content, today),
};
const report = formatReport({ errors: problems, warnings, counts, freshness }).join('\n');
if (problems.length > 0 || !content) {
  console.error(report);
  process.exit(1);
}
console.log(report);
