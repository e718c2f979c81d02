/**
 * Reading the articles folder: `<id>.zh.md(x)` (required, every fact) and `<id>.en.md(x)`
 * (optional, English title, summary and body). Frontmatter is checked like every YAML file;
 * MDX bodies are parsed with the same compiler the build uses (satteri, under @astrojs/mdx), and
 * may use only the guide's own components with literal props: no imports, no exports, no
 * `{…}` expressions, no HTML elements. Every problem names the file, the line and the field.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { articleComponentNames, articleComponents, isArticleComponent, type ComponentSpec, type ReferencedCollection } from '../articles/components.ts';
import { articleSchema, articleTranslationSchema, translatedArticleFields, type ArticleBody, type ArticleData } from '../../schemas/article.ts';
import { idPattern } from '../../schemas/common.ts';
import { bi, unpack } from './bilingual.ts';
import { displayPath } from './files.ts';
import type { ContentProblem, FieldPath } from './problems.ts';
import type { ContentEntry } from './types.ts';
import { locateField, parseYaml } from './yaml.ts';
import { bilingualErrorMap } from './zod-messages.ts';

export const articleFormats = ['md', 'mdx'] as const;
const articleFileName = /^(?<id>.+)\.(?<locale>zh|en)\.(?<format>mdx?)$/i;

/** A component an MDX article uses, with the ids it names, for the reference check. */
export interface ComponentUse {
  component: string;
  /** Absolute path of the article file. */
  file: string;
  line: number;
  /** Referenced ids by prop name. */
  references: { prop: string; collection: ReferencedCollection; id: string }[];
  /** The `highlight` node of a ChainMap, checked against its chain. */
  node?: { chain: string; id: string };
}

export interface ArticlesResult {
  entries: ContentEntry<ArticleData>[];
  componentUses: ComponentUse[];
  problems: ContentProblem[];
}

/** Every Markdown/MDX file under the articles folder, sorted; none if it is absent. */
async function listArticleFiles(directory: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(directory, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => /\.mdx?$/i.test(name))
    .filter((name) => !name.split(path.sep).some((part) => part.startsWith('.') || part.startsWith('_')))
    .map((name) => path.join(directory, name))
    .sort();
}

export interface Frontmatter {
  yaml: string;
  /** Line of the file where the YAML starts (after the opening `---`). */
  yamlLine: number;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

/** Splits `---\n yaml \n---\n body`; undefined when the file does not start with frontmatter. */
export function splitFrontmatter(text: string): Frontmatter | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(text);
  if (!match || match.index !== 0) return undefined;
  const yaml = match[1];
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { yaml, yamlLine: 2, body: text.slice(match[0].length), bodyLine };
}

/** A field's line in the file's frontmatter (the file as a whole when there is none). */
export function articleFieldPosition(text: string, fieldPath: FieldPath): { line: number; column?: number } {
  const frontmatter = splitFrontmatter(text);
  if (!frontmatter) return { line: 1 };
  const position = locateField(frontmatter.yaml, fieldPath);
  return { line: position.line + frontmatter.yamlLine - 1, column: position.column };
}

function problem(file: string, text: string | undefined, fieldPath: FieldPath, message: string, line?: number): ContentProblem {
  const position = line !== undefined ? { line } : text === undefined ? { line: 1 } : articleFieldPosition(text, fieldPath);
  return { file: displayPath(file), path: fieldPath, ...position, message: unpack(message) };
}

interface ParsedFile {
  id: string;
  locale: 'zh' | 'en';
  format: ArticleBody['format'];
  file: string;
  data?: Record<string, unknown>;
  body: string;
}

const componentList = articleComponentNames.join(', ');

type MdxNode = {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
};

/** A prop's value as written: a string, `{3}`, `{true}`, or nothing (true). */
function literalValue(value: unknown): { ok: true; value: unknown } | { ok: false } {
  if (value === null || value === undefined) return { ok: true, value: true };
  if (typeof value === 'string') return { ok: true, value };
  if (typeof value === 'object' && (value as { type?: string }).type === 'mdxJsxAttributeValueExpression') {
    try {
      const parsed: unknown = JSON.parse(String((value as { value: unknown }).value));
      if (['string', 'number', 'boolean'].includes(typeof parsed)) return { ok: true, value: parsed };
    } catch {
      // not a literal
    }
  }
  return { ok: false };
}

/** Checks the props of one component use; returns the references it makes. */
function checkComponentProps(
  name: keyof typeof articleComponents,
  node: MdxNode,
  file: string,
  line: number,
  report: (message: string, field?: string) => void,
): ComponentUse {
  const spec: ComponentSpec = articleComponents[name];
  const use: ComponentUse = { component: name, file, line, references: [] };
  const given = new Map<string, unknown>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      report(bi(`<${name}> 的属性只能逐个写成 名称="值"`, `<${name}> takes props written one by one as name="value"`));
      continue;
    }
    const prop = spec.props[attribute.name];
    if (!prop) {
      const known = Object.keys(spec.props).join(', ');
      report(bi(`<${name}> 没有属性 "${attribute.name}"；可用：${known}`, `<${name}> has no prop "${attribute.name}"; its props are: ${known}`), attribute.name);
      continue;
    }
    const literal = literalValue(attribute.value);
    if (!literal.ok) {
      report(bi(`属性 ${attribute.name} 的值只能是文字或数字，例如 ${attribute.name}="…" 或 ${attribute.name}={3}`, `prop ${attribute.name} must be a plain text or number, e.g. ${attribute.name}="…" or ${attribute.name}={3}`), attribute.name);
      continue;
    }
    const value = literal.value;
    if (prop.type === 'number') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < prop.min || value > prop.max) {
        report(bi(`属性 ${attribute.name} 应为 ${prop.min} 到 ${prop.max} 之间的整数`, `prop ${attribute.name} must be a whole number from ${prop.min} to ${prop.max}`), attribute.name);
        continue;
      }
    } else if (typeof value !== 'string' || value.trim() === '') {
      report(bi(`属性 ${attribute.name} 应为文字`, `prop ${attribute.name} must be text`), attribute.name);
      continue;
    } else if (prop.type === 'id') {
      if (!idPattern.test(value)) {
        report(bi(`属性 ${attribute.name} 应为编号（小写字母、数字和连字符）`, `prop ${attribute.name} must be an id (lowercase letters, digits and hyphens)`), attribute.name);
        continue;
      }
      use.references.push({ prop: attribute.name, collection: prop.collection, id: value });
    }
    given.set(attribute.name, value);
  }
  for (const [propName, prop] of Object.entries(spec.props)) {
    if (prop.required && !given.has(propName) && !(node.attributes ?? []).some((attribute) => attribute.name === propName)) {
      report(bi(`<${name}> 缺少属性 ${propName}（${prop.doc}）`, `<${name}> needs the prop ${propName} (${prop.doc})`), propName);
    }
  }
  if (spec.oneOf) {
    const present = spec.oneOf.filter((propName) => (node.attributes ?? []).some((attribute) => attribute.name === propName));
    if (present.length !== 1) {
      report(bi(`<${name}> 需要且只能有 ${spec.oneOf.join(' 或 ')} 之一`, `<${name}> needs exactly one of ${spec.oneOf.join(', ')}`));
    }
  }
  if (name === 'ChainMap' && typeof given.get('highlight') === 'string' && typeof given.get('chain') === 'string') {
    use.node = { chain: given.get('chain') as string, id: given.get('highlight') as string };
  }
  if ((node.children ?? []).length > 0) {
    report(bi(`<${name}> 不接受内容，请写成 <${name} … />`, `<${name}> takes no content: write it as <${name} … />`));
  }
  return use;
}

/**
 * Parses an MDX body and checks that it uses only what articles may: Markdown and the guide's
 * components with literal props. `bodyLine` is the file line the body starts on.
 */
export function checkMdxBody(body: string, file: string, bodyLine: number): { uses: ComponentUse[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const uses: ComponentUse[] = [];
  const toFileLine = (line: number) => line + bodyLine - 1;
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body) as unknown as MdxNode;
  } catch (error) {
    // The parser throws Errors; anything else is reported as its text.
    const message = String((error as Error | undefined)?.message ?? error);
    const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
    const line = match ? toFileLine(Number(match[1])) : bodyLine;
    const detail = (match ? match[3] : message).split('\n')[0];
    problems.push({
      file: displayPath(file),
      path: [],
      line,
      column: match ? Number(match[2]) : undefined,
      message: { zh: `MDX 语法错误：${detail}`, en: `MDX syntax error: ${detail}` },
    });
    return { uses, problems };
  }
  const counts = new Map<string, number>();
  const visit = (node: MdxNode) => {
    const line = toFileLine(node.position?.start.line ?? 1);
    const report = (message: string, field?: string) =>
      problems.push({ file: displayPath(file), path: field === undefined ? [] : [field], line, message: unpack(message) });
    switch (node.type) {
      case 'mdxjsEsm':
        report(bi(`MDX 文章不能写 import 或 export：指南组件（${componentList}）可直接使用，无需导入`, `MDX articles cannot use import or export: the guide's components (${componentList}) are available without importing`));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* a comment */}` is the one expression allowed: it renders nothing.
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value ?? ''))) return;
        report(bi('MDX 文章不能写 {…} 表达式；如需显示花括号，请写成 \\{', 'MDX articles cannot run {…} expressions; to show a brace, write \\{'));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!isArticleComponent(name)) {
          report(
            bi(
              `MDX 文章只能使用指南组件 ${componentList}，不能使用 <${name || '>'}${name ? '>' : ''}（HTML 请改用 Markdown 写法）`,
              `MDX articles may use only the guide's components ${componentList}, not <${name || '>'}${name ? '>' : ''} (write HTML as Markdown)`,
            ),
          );
          return;
        }
        const count = (counts.get(name) ?? 0) + 1;
        counts.set(name, count);
        const spec: ComponentSpec = articleComponents[name];
        if (spec.once && count > 1) report(bi(`每篇文章只能用一次 <${name}>`, `<${name}> can be used once per article`));
        uses.push(checkComponentProps(name, node, file, line, report));
        return;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { uses, problems };
}

function readArticleFile(file: string): { parsed?: ParsedFile; uses: ComponentUse[]; problems: ContentProblem[] } {
  const match = articleFileName.exec(path.basename(file));
  if (!match?.groups || !idPattern.test(match.groups.id)) {
    return {
      uses: [],
      problems: [
        problem(
          file,
          undefined,
          [],
          bi(
            '文章文件名应为 <编号>.zh.md 或 <编号>.en.md（也可用 .mdx），编号只能用小写字母、数字和连字符',
            'article files are named <id>.zh.md or <id>.en.md (or .mdx); the id uses lowercase letters, digits and hyphens',
          ),
        ),
      ],
    };
  }
  const { id } = match.groups;
  const locale = match.groups.locale.toLowerCase() as 'zh' | 'en';
  const format = match.groups.format.toLowerCase() as ArticleBody['format'];
  const text = readFileSync(file, 'utf8');
  const frontmatter = splitFrontmatter(text);
  if (!frontmatter) {
    return {
      uses: [],
      problems: [problem(file, undefined, [], bi('文章应以 --- 开头的头信息（标题、日期等）开始，并以 --- 结束', 'an article starts with its frontmatter (title, date …) between two --- lines'))],
    };
  }
  const problems: ContentProblem[] = [];
  const uses: ComponentUse[] = [];
  let data: Record<string, unknown> | undefined;
  const yaml = parseYaml(frontmatter.yaml);
  if (!yaml.ok) {
    for (const error of yaml.errors) {
      problems.push({ file: displayPath(file), path: [], line: error.line + frontmatter.yamlLine - 1, column: error.column, message: error.message });
    }
  } else if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    problems.push(problem(file, text, [], bi('头信息应为键值对象（字段: 值）', 'the frontmatter must be a mapping (field: value)')));
  } else {
    const raw = yaml.data as Record<string, unknown>;
    if (locale === 'en') {
      const zhName = `${id}.zh.${format}`;
      for (const key of Object.keys(raw)) {
        if (!(translatedArticleFields as readonly string[]).includes(key) && Object.hasOwn(articleSchema.shape, key)) {
          problems.push(
            problem(
              file,
              text,
              [key],
              bi(
                `${key} 只写在中文文件（${zhName}）中；英文文件只写 title 和 summary`,
                `${key} is written once, in the Chinese file (${zhName}); the English file carries only title and summary`,
              ),
            ),
          );
          delete raw[key];
        }
      }
    }
    const schema = locale === 'zh' ? articleSchema : articleTranslationSchema;
    const result = schema.safeParse(raw, { error: bilingualErrorMap });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const issuePath = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
        const fieldPath = issue.code === 'unrecognized_keys' ? [...issuePath, issue.keys[0]] : issuePath;
        problems.push(problem(file, text, fieldPath, issue.message));
      }
    } else if (problems.length === 0) data = result.data as Record<string, unknown>;
  }
  if (frontmatter.body.trim() === '') {
    problems.push({
      file: displayPath(file),
      path: ['body'],
      line: frontmatter.bodyLine,
      message: { zh: '正文是空的：请在头信息的 --- 之后写正文', en: 'the body is empty: write the article after the closing --- of the frontmatter' },
    });
  } else if (format === 'mdx') {
    const checked = checkMdxBody(frontmatter.body, file, frontmatter.bodyLine);
    problems.push(...checked.problems);
    uses.push(...checked.uses);
  }
  return { parsed: { id, locale, format, file, data, body: frontmatter.body }, uses, problems };
}

/** Reads and checks every article; pairs each Chinese file with its English one. */
export async function loadArticles(root: string): Promise<ArticlesResult> {
  const files = await listArticleFiles(path.join(root, 'articles'));
  const problems: ContentProblem[] = [];
  const componentUses: ComponentUse[] = [];
  const byId = new Map<string, { zh?: ParsedFile; en?: ParsedFile }>();
  for (const file of files) {
    const result = readArticleFile(file);
    problems.push(...result.problems);
    componentUses.push(...result.uses);
    const parsed = result.parsed;
    if (!parsed) continue;
    const pair = byId.get(parsed.id) ?? {};
    const earlier = pair[parsed.locale];
    if (earlier) {
      problems.push(
        problem(file, undefined, [], bi(`文章 "${parsed.id}" 的${parsed.locale === 'zh' ? '中文' : '英文'}文件重复：${displayPath(earlier.file)} 已存在`, `article "${parsed.id}" has two ${parsed.locale === 'zh' ? 'Chinese' : 'English'} files: ${displayPath(earlier.file)} already exists`)),
      );
      continue;
    }
    pair[parsed.locale] = parsed;
    byId.set(parsed.id, pair);
  }
  const entries: ContentEntry<ArticleData>[] = [];
  for (const [id, pair] of byId) {
    if (!pair.zh) {
      const english = pair.en!;
      problems.push(problem(english.file, undefined, [], bi(`缺少中文文件 ${id}.zh.md：每篇文章先写中文`, `the Chinese file ${id}.zh.md is missing: every article is written in Chinese first`)));
      continue;
    }
    if (!pair.zh.data || (pair.en && !pair.en.data)) continue;
    const zh = pair.zh.data as ReturnType<typeof articleSchema.parse>;
    const en = pair.en?.data as ReturnType<typeof articleTranslationSchema.parse> | undefined;
    const bodyOf = (parsed: ParsedFile): ArticleBody => ({ format: parsed.format, text: parsed.body, file: displayPath(parsed.file) });
    entries.push({
      id,
      file: pair.zh.file,
      data: {
        ...zh,
        title: { zh: zh.title, ...(en ? { en: en.title } : {}) },
        summary: { zh: zh.summary, ...(en ? { en: en.summary } : {}) },
        body: { zh: bodyOf(pair.zh), ...(pair.en ? { en: bodyOf(pair.en) } : {}) },
      },
    });
  }
  entries.sort((a, b) => a.id.localeCompare(b.id));
  return { entries, componentUses, problems };
}
