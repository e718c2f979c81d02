/**
 * The floor the guide's build is compared with: a bare Astro site with the same number of simple
 * pages of about the same text, indexed by Pagefind. Nothing can build those pages faster.
 */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './process.ts';

export async function createBareSite(pages: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'atlas-bench-bare-'));
  // A junction on Windows: unlike a symbolic link, it needs neither administrator rights nor developer mode.
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'junction');
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  await writeFile(path.join(root, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
  await mkdir(path.join(root, 'src/pages'), { recursive: true });
  await writeFile(
    path.join(root, 'src/pages/[page].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, index) => ({ params: { page: String(index) } }));
}
const { page } = Astro.params;
const paragraph = '本项目位于开发区南区，规划建设生产线与配套仓储设施。The project builds production lines and warehouses in the southern area of the zone. '.repeat(12);
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>Page {page}</title></head>
<body><main data-pagefind-body><h1>Page {page}</h1><p>{paragraph}</p><table><tr><th>Investment</th><td>{page} 亿元</td></tr></table></main></body></html>
`,
  );
  return root;
}
