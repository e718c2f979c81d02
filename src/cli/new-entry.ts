/**
 * `npm run new -- <collection> <id>`: writes a new entry with every field present, each
 * explained in Chinese and English. Required fields are left empty (never filled with
 * placeholder text that could be published by mistake), so `npm run check` lists exactly what
 * is left to fill. Never overwrites: an existing entry with the same id is an error.
 * `npm run new -- articles <id> [--mdx]` writes the Chinese and the English file of an article.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdir } from 'node:fs/promises';
import { displayPath, idFromFile, listYamlFiles } from '../lib/content/files.ts';
import { buildDate } from '../lib/dates.ts';
import { idPattern } from '../schemas/common.ts';
import { contentRoot } from '../loaders/content-root.ts';

const collections = ['regions', 'chains', 'opportunities', 'policies', 'articles'] as const;
type Collection = Exclude<(typeof collections)[number], 'articles'>;
const templates = path.join(path.dirname(fileURLToPath(import.meta.url)), 'templates');
const usage = `用法 / usage: npm run new -- <${collections.join('|')}> <id>   (articles: [--mdx])`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [collection, id, ...rest] = process.argv.slice(2);
const mdx = collection === 'articles' && rest.length === 1 && rest[0] === '--mdx';
if (!collection || !id || (rest.length > 0 && !mdx)) fail(usage);
if (!(collections as readonly string[]).includes(collection)) fail(`未知的集合 "${collection}" / unknown collection "${collection}"\n${usage}`);
if (!idPattern.test(id)) {
  fail(`编号 "${id}" 只能用小写字母、数字和连字符，例如 jiutai-pharma / the id "${id}" may use lowercase letters, digits and hyphens only, e.g. jiutai-pharma`);
}

const root = contentRoot();
const folder = path.join(root, collection);
const fill = (template: string, format = 'md') =>
  template.replaceAll('{{id}}', id).replaceAll('{{today}}', buildDate()).replaceAll('{{format}}', format);

if (collection === 'articles') {
  // Either language, Markdown or MDX, anywhere under articles/: the id is taken.
  const names = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  const taken = names.find((name) => new RegExp(`^${id}\\.(zh|en)\\.mdx?$`, 'i').test(path.basename(name)));
  if (taken) fail(`已存在，未覆盖 / already exists, not overwritten: ${displayPath(path.join(folder, taken))}`);
  const format = mdx ? 'mdx' : 'md';
  await mkdir(folder, { recursive: true });
  for (const locale of ['zh', 'en']) {
    const template = await readFile(path.join(templates, `articles.${locale}.md`), 'utf8');
    const file = path.join(folder, `${id}.${locale}.${format}`);
    await writeFile(file, fill(template, format), { flag: 'wx' });
    console.log(`已创建 / created: ${displayPath(file)}`);
  }
  console.log('下一步：填写空着的必填项并写正文，然后运行 npm run check / next: fill in the empty required fields and write the body, then run npm run check');
  process.exit(0);
}

const existing = (await listYamlFiles(folder)).find((file) => idFromFile(file) === id);
if (existing) fail(`已存在，未覆盖 / already exists, not overwritten: ${displayPath(existing)}`);

const template = await readFile(path.join(templates, `${collection as Collection}.yaml`), 'utf8');
const file = path.join(folder, `${id}.yaml`);
await mkdir(folder, { recursive: true });
// `wx`: fail rather than overwrite, even if the file appeared since the check above.
await writeFile(file, fill(template), { flag: 'wx' });
console.log(`已创建 / created: ${displayPath(file)}`);
console.log('下一步：填写空着的必填项，然后运行 npm run check / next: fill in the empty required fields, then run npm run check');
