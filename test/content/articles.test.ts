import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleComponentNames } from '../../src/lib/articles/components.ts';
import { checkMdxBody, splitFrontmatter } from '../../src/lib/content/articles.ts';
import { checkContent } from '../../src/lib/content/load.ts';
import { renderArticleMarkdown } from '../../src/lib/prose.ts';
import { translationGaps } from '../../src/lib/translation-gaps.ts';
import { contentWithOverlay, fixturesRoot } from '../support/fixtures.ts';
import { projectRoot } from '../support/paths.ts';

const frontmatter = ['---', 'kind: guide', 'title: 为什么在九台投资', 'date: 2026-03-01', 'summary: 链主企业在此。', 'chains: [biomed]', 'updated: 2026-03-01', '---', ''].join('\n');

/** A copy of the valid guide with these article files added. */
async function withArticles(files: Record<string, string>): Promise<string> {
  const folder = await contentWithOverlay(path.join(fixturesRoot, 'articles'));
  await mkdir(path.join(folder, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, 'articles', name), text);
  return folder;
}

describe('articles are checked with the content', () => {
  test('a Markdown article in Chinese alone is valid; its English page is a translation gap and a warning', async () => {
    const folder = await withArticles({ 'why.zh.md': `${frontmatter}\n正文。\n` });
    const { content, problems, warnings } = await checkContent(folder, { warningsAsOf: '2026-03-02' });
    expect(problems).toEqual([]);
    expect(content?.articles.map((article) => article.id)).toEqual(['why']);
    const gap = translationGaps(content!).find((candidate) => candidate.collection === 'articles');
    expect(gap).toMatchObject({ id: 'why', fields: ['title', 'summary', 'body'] });
    expect(warnings.some((warning) => warning.file.endsWith('why.zh.md') && warning.message.en.includes('no English file why.en.md'))).toBe(true);
  });

  test('an MDX syntax error in the English file names that file and its line', async () => {
    const folder = await withArticles({
      'why.zh.mdx': `${frontmatter}\n<ChainMap chain="biomed" />\n`,
      'why.en.mdx': '---\ntitle: Why Jiutai\nsummary: The anchor firm is here.\n---\n\nFirst paragraph.\n\n{unclosed\n',
    });
    const { problems } = await checkContent(folder);
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toMatch(/articles\/why\.en\.mdx$/);
    expect(problems[0].line).toBe(8);
    expect(problems[0].message.en).toContain('MDX syntax error');
    expect(problems[0].message.zh).toContain('MDX 语法错误');
  });

  test('an English file without its Chinese file is an error', async () => {
    const folder = await withArticles({ 'lonely.en.md': '---\ntitle: Lonely\nsummary: No Chinese.\n---\n\nText.\n' });
    const { problems } = await checkContent(folder);
    expect(problems.map((problem) => problem.message.en)).toEqual([expect.stringContaining('lonely.zh.md is missing')]);
  });

  test('a file name without its language is an error naming the expected pattern', async () => {
    const folder = await withArticles({ 'why.md': `${frontmatter}\nText.\n` });
    const { problems } = await checkContent(folder);
    expect(problems[0].message.en).toContain('<id>.zh.md or <id>.en.md');
  });

  test('an article may not take the address of a kind list', async () => {
    const folder = await withArticles({ 'news.zh.md': `${frontmatter}\nText.\n` });
    const { problems } = await checkContent(folder);
    expect(problems[0].message.en).toContain('"news" cannot be an article id');
  });
});

describe('MDX articles may use only the guide components, with literal props', () => {
  const check = (body: string) => checkMdxBody(body, path.join(projectRoot, 'x.zh.mdx'), 10);

  test('components with ids and numbers pass, and their references are collected with their line', () => {
    const { problems, uses } = check('Text.\n\n<KeyFigures region="jiutai" limit={3} />\n\n<ChainMap chain="biomed" highlight="api" />\n');
    expect(problems).toEqual([]);
    expect(uses.map((use) => [use.component, use.line, use.references.map((reference) => reference.id)])).toEqual([
      ['KeyFigures', 12, ['jiutai']],
      ['ChainMap', 14, ['biomed']],
    ]);
    expect(uses[1].node).toEqual({ chain: 'biomed', id: 'api' });
  });

  test.each([
    ['HTML elements', '<script>alert(1)</script>', 'may use only the guide'],
    ['an iframe inline', 'Look: <iframe src="https://example.com"></iframe>', 'may use only the guide'],
    ['expressions', 'Two is {1 + 1}.', 'cannot run {…} expressions'],
    ['exports', 'export const x = 1', 'cannot use import or export'],
    ['unknown props', '<PolicyCard policy="land-support" onClick="x" />', 'has no prop "onClick"'],
    ['object props', '<KeyFigures region={{ id: "jiutai" }} />', 'must be a plain text or number'],
    ['spread props', '<KeyFigures {...props} />', 'written one by one'],
    ['a missing required prop', '<PolicyCard />', 'needs the prop policy'],
    ['two of a once-only component', '<MiniMap region="jiutai" />\n\n<MiniMap region="changchun" />', 'can be used once per article'],
    ['a map of nothing', '<MiniMap />', 'needs exactly one of region, opportunity'],
    ['a number out of range', '<OpportunityList chain="biomed" limit={500} />', 'whole number from 1 to 24'],
  ])('rejects %s', (_name, body, message) => {
    const { problems } = check(`${body}\n`);
    expect(problems.map((problem) => problem.message.en).join('\n')).toContain(message);
    expect(problems[0].line).toBeGreaterThanOrEqual(10);
  });

  test('comments are allowed', () => {
    expect(check('{/* a note for the editors */}\n\nText.\n').problems).toEqual([]);
  });

  test('the components the check allows are the components MDX articles get', async () => {
    // Astro components load only inside Astro: read the names from the index file.
    const index = await readFile(path.join(projectRoot, 'src/components/article/mdx/index.ts'), 'utf8');
    const exported = /articleMdxComponents = \{([^}]*)\}/.exec(index)![1].split(',').map((name) => name.trim()).filter(Boolean);
    expect(new Set(exported)).toEqual(new Set(articleComponentNames));
  });
});

describe('Markdown article bodies never run HTML', () => {
  test('raw HTML is shown as text and javascript: links are dropped', () => {
    const html = renderArticleMarkdown('## Section\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))\n');
    expect(html).toContain('<h2>Section</h2>');
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
  });

  test('frontmatter is split with the line the body starts on', () => {
    expect(splitFrontmatter('---\ntitle: x\n---\n\nBody\n')).toEqual({ yaml: 'title: x\n', yamlLine: 2, body: '\nBody\n', bodyLine: 4 });
    expect(splitFrontmatter('No frontmatter')).toBeUndefined();
  });
});

describe('a story as plain text, for the kiosk', () => {
  test('keeps headings and paragraphs, drops components, comments and markup', async () => {
    const { storyBlocks } = await import('../../src/lib/articles/text.ts');
    expect(storyBlocks('{/* note */}\n\nFirst **bold** line.\n\n## Second\n\n<ChainMap chain="biomed" />\n\nLast [link](https://example.com).\n')).toEqual([
      { kind: 'paragraph', text: 'First bold line.' },
      { kind: 'heading', text: 'Second' },
      { kind: 'paragraph', text: 'Last link.' },
    ]);
  });
});
