/** The weight of each kind of page of a built guide, against its budget, as a BENCHMARKS.md table. */
import { javascriptBudgets, opportunityHtmlBudget } from '../test/support/budgets.ts';
import { htmlBytes, javascriptBytes } from '../test/support/page-weight.ts';

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

export async function pageWeightTable(site: string): Promise<string> {
  const rows: string[] = [];
  for (const budget of javascriptBudgets) {
    const sizes = await Promise.all(budget.pages.map((page) => javascriptBytes(page, site)));
    rows.push(`| ${budget.label} | ${kib(Math.max(...sizes))} KiB | ${budget.maxKiB} KiB | ${budget.why} |`);
  }
  const opportunity = await htmlBytes('/zh/opportunities/jiutai-biologics-cdmo/', site);
  return `| page | JavaScript on load, gzipped (largest of its kind) | budget | why |
|---|---|---|---|
${rows.join('\n')}

An opportunity page's HTML: ${kib(opportunity.raw)} KiB, ${kib(opportunity.gzipped)} KiB gzipped (budget
${opportunityHtmlBudget.maxKiB} KiB and ${opportunityHtmlBudget.maxGzippedKiB} KiB). The budgets are tests (\`test/site/budget.test.ts\`).`;
}
