/**
 * `npm run check -- [folder]`: checks a content folder (schemas and cross-references) without
 * building the site, and lists every problem with file, line and field.
 */
import { checkContent } from '../lib/content/load.ts';
import { ContentError } from '../lib/content/problems.ts';
import { translationGaps } from '../lib/translation-gaps.ts';
import { contentRoot } from '../loaders/content-root.ts';

const root = process.argv[2] ?? contentRoot();
const { content, problems } = await checkContent(root);
if (problems.length > 0 || !content) {
  console.error(new ContentError(problems).message);
  process.exit(1);
}
const counts = `${content.regions.length} regions, ${content.chains.length} chains, ${content.opportunities.length} opportunities, ${content.policies.length} policies`;
console.log(`内容检查通过 / Content OK: ${counts}`);
const gaps = translationGaps(content);
if (gaps.length > 0) {
  console.log(`暂无英文 / translation pending in ${gaps.length} entr${gaps.length === 1 ? 'y' : 'ies'}:`);
  for (const gap of gaps) console.log(`  ${gap.file}: ${gap.fields.join(', ')}`);
}
