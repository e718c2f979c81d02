/**
 * Content fixtures: a small valid guide, and bad cases that each replace or add a few of its
 * files. A case is materialised as a temporary copy of the valid guide with its files on top.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './paths.ts';
import { tempFolder } from './temp.ts';

export const fixturesRoot = path.join(projectRoot, 'test/content/fixtures');
export const validFixture = path.join(fixturesRoot, 'valid');

export async function contentWithCase(caseName: string): Promise<string> {
  return contentWithOverlay(path.join(fixturesRoot, 'bad', caseName));
}

/** A temporary copy of the valid guide with the files of `overlay` on top. */
export async function contentWithOverlay(overlay: string): Promise<string> {
  const folder = await tempFolder(path.basename(overlay));
  await cp(validFixture, folder, { recursive: true });
  await cp(overlay, folder, { recursive: true });
  return folder;
}

export interface BadCase {
  name: string;
  /** The file the problem must name (relative to the content folder). */
  file: string;
  /** The field path the problem must name ('' for a problem with the whole file). */
  field: string;
  line: number;
  /** A fragment of the Chinese and of the English message. */
  zh: string;
  en: string;
}

/** Every kind of bad input the build must reject, with where the error has to point. */
export const badCases: BadCase[] = [
  { name: 'missing-field', file: 'opportunities/api-plant.yaml', field: 'investment', line: 1, zh: '缺少必填字段', en: 'required field is missing' },
  { name: 'amount-with-unit', file: 'opportunities/api-plant.yaml', field: 'investment.amount', line: 7, zh: '应为纯数字', en: 'must be a plain number' },
  { name: 'negative-amount', file: 'opportunities/api-plant.yaml', field: 'investment.amount', line: 7, zh: '不能为负数', en: 'must not be negative' },
  { name: 'impossible-date', file: 'opportunities/api-plant.yaml', field: 'published', line: 16, zh: '真实存在的日期', en: 'must be a real date' },
  { name: 'latitude-out-of-range', file: 'regions/jiutai.yaml', field: 'center.lat', line: 4, zh: '不能大于 90', en: 'must be at most 90, got 200' },
  { name: 'cost-wrong-unit', file: 'regions/jiutai.yaml', field: 'costs[1].unit', line: 21, zh: 'power 的单位应为 yuan-per-kwh（元/千瓦时）', en: 'power takes yuan-per-kwh, not wan-yuan-per-mu' },
  { name: 'cost-without-source', file: 'regions/jiutai.yaml', field: 'costs[0].source', line: 14, zh: '缺少来源', en: 'write illustrative: true for a figure not from a published source' },
  { name: 'unknown-region', file: 'opportunities/api-plant.yaml', field: 'region', line: 3, zh: '找不到编号为 "jiutia" 的地区', en: 'no region with id "jiutia"' },
  { name: 'unknown-chain', file: 'opportunities/api-plant.yaml', field: 'chain', line: 4, zh: '找不到编号为 "biomedicine" 的产业链', en: 'no chain with id "biomedicine"' },
  { name: 'unknown-node', file: 'opportunities/api-plant.yaml', field: 'node', line: 5, zh: '中没有环节 "vaccines"', en: 'has no node "vaccines"' },
  { name: 'duplicate-id', file: 'opportunities/cold-chain.yaml', field: '', line: 1, zh: '编号 "cold-chain" 重复', en: 'duplicate id "cold-chain"' },
  { name: 'unknown-cooperation-mode', file: 'opportunities/api-plant.yaml', field: 'cooperation[1]', line: 8, zh: '"barter" 不是可选值', en: '"barter" is not allowed' },
  { name: 'unknown-stage', file: 'opportunities/api-plant.yaml', field: 'stage', line: 12, zh: '"finished" 不是可选值', en: '"finished" is not allowed' },
  { name: 'milestone-in-future', file: 'opportunities/api-plant.yaml', field: 'milestones[1].date', line: 17, zh: '日期 2099-12-15 晚于今天', en: 'date 2099-12-15 is after today' },
  { name: 'milestones-out-of-order', file: 'opportunities/api-plant.yaml', field: 'milestones[1].date', line: 17, zh: '早于上一条进程的 2025-09-01', en: 'is earlier than the previous milestone\'s 2025-09-01' },
  { name: 'unknown-policy-level', file: 'policies/land-support.yaml', field: 'level', line: 4, zh: '"galactic" 不是可选值', en: '"galactic" is not allowed' },
  { name: 'malformed-yaml', file: 'opportunities/api-plant.yaml', field: '', line: 9, zh: 'YAML 语法错误', en: 'YAML syntax error' },
  { name: 'policy-unknown-region', file: 'policies/land-support.yaml', field: 'regions[1]', line: 9, zh: '找不到编号为 "nowhere" 的地区', en: 'no region with id "nowhere"' },
  { name: 'javascript-url', file: 'policies/land-support.yaml', field: 'url', line: 16, zh: '应为以 http:// 或 https:// 开头的网址', en: 'must be a web address starting with http:// or https://' },
  { name: 'image-missing-file', file: 'regions/jiutai.yaml', field: 'images.cover.src', line: 15, zh: '找不到图片文件 images/jiutai-parc.jpg', en: 'image file images/jiutai-parc.jpg not found' },
  { name: 'image-missing-alt', file: 'opportunities/api-plant.yaml', field: 'images.cover.alt', line: 20, zh: '缺少必填字段', en: 'required field is missing' },
  { name: 'image-unsupported-format', file: 'opportunities/api-plant.yaml', field: 'images.gallery[0].src', line: 21, zh: '图片格式应为 jpg、jpeg、png、webp、avif 之一', en: 'the image must be one of: jpg, jpeg, png, webp, avif' },
  { name: 'image-not-an-image', file: 'opportunities/api-plant.yaml', field: 'images.cover.src', line: 21, zh: '不是可读的 JPEG、PNG、WebP 或 AVIF 图片', en: 'is not a readable JPEG, PNG, WebP or AVIF image' },
  { name: 'brand-low-contrast', file: 'site.yaml', field: 'brand.accent', line: 21, zh: '对比度只有 1.98:1，达不到 WCAG AA', en: 'contrast of only 1.98:1 with white text' },
  { name: 'misspelt-field', file: 'opportunities/cold-chain.yaml', field: 'sumary', line: 2, zh: '未知字段 sumary', en: 'unknown field sumary' },
  { name: 'pmtiles-missing-file', file: 'site.yaml', field: 'map.pmtiles', line: 17, zh: '找不到底图文件 maps/jiutai.pmtiles', en: 'basemap file maps/jiutai.pmtiles not found' },
  { name: 'pmtiles-not-named', file: 'site.yaml', field: 'map.pmtiles', line: 15, zh: '须用 pmtiles 指明文件', en: 'provider pmtiles needs the file named in pmtiles' },
  // Articles: Markdown/MDX with YAML frontmatter; lines count from the top of the file.
  { name: 'article-unknown-region', file: 'articles/signing-unknown-region.zh.md', field: 'regions[1]', line: 6, zh: '找不到编号为 "kalunhu" 的地区', en: 'no region with id "kalunhu"' },
  { name: 'article-missing-kind', file: 'articles/signing-no-kind.zh.md', field: 'kind', line: 2, zh: '缺少必填字段', en: 'required field is missing' },
  { name: 'article-mdx-syntax-error', file: 'articles/why-broken.zh.mdx', field: '', line: 12, zh: 'MDX 语法错误', en: 'MDX syntax error' },
  { name: 'article-mdx-import', file: 'articles/why-import.zh.mdx', field: '', line: 9, zh: '不能写 import 或 export', en: 'cannot use import or export' },
  { name: 'article-mdx-unknown-id', file: 'articles/why-unknown-chain.zh.mdx', field: 'chain', line: 11, zh: '找不到编号为 "biomedicine" 的产业链', en: 'no chain with id "biomedicine"' },
  { name: 'article-english-repeats-fact', file: 'articles/signing-english.en.md', field: 'date', line: 4, zh: 'date 只写在中文文件', en: 'date is written once, in the Chinese file' },
];
