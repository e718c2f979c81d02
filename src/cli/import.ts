/**
 * `npm run import -- <file.xlsx|file.csv> [--region <id>] [--dry-run] [--force] [--columns <map.yaml>] [--sheet <name>] [--add-industries]`:
 * turns a 机遇清单 spreadsheet into opportunity entries in the content folder (ATLAS_CONTENT or
 * `content/`). Lists every row it could not take, with its row number and why, and every guess
 * it made for the rows it took; exits 1 if a row was not taken or an industry is still missing
 * from site.yaml.
 */
import { parseArgs } from 'node:util';
import { buildDate } from '../lib/dates.ts';
import { formatImportReport, importNeedsAttention } from '../lib/import/report.ts';
import { importTable, isImportError } from '../lib/import/import-table.ts';
import { contentRoot } from '../loaders/content-root.ts';

const usage = 'npm run import -- <file.xlsx|file.csv> [--region <id>] [--dry-run] [--force] [--columns <map.yaml>] [--sheet <name>] [--add-industries]';

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      region: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      columns: { type: 'string' },
      sheet: { type: 'string' },
      'add-industries': { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n用法 / usage: ${usage}`);
  process.exit(2);
}
const [file] = args.positionals;
if (!file || args.positionals.length > 1) {
  console.error(`用法 / usage: ${usage}`);
  process.exit(2);
}

try {
  const report = await importTable({
    file,
    contentRoot: contentRoot(),
    today: buildDate(),
    region: args.values.region,
    dryRun: args.values['dry-run'],
    force: args.values.force,
    columnsFile: args.values.columns,
    sheet: args.values.sheet,
    addIndustries: args.values['add-industries'],
  });
  console.log(formatImportReport(report, { dryRun: args.values['dry-run'] }).join('\n'));
  if (importNeedsAttention(report)) process.exit(1);
} catch (error) {
  if (isImportError(error) || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`导入失败 / import failed: ${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
