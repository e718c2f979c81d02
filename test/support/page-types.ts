/** One page of every type the guide builds, as paths after the language prefix. */
import { buildAtlas } from '../../src/lib/atlas.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { kioskSlides } from '../../src/lib/kiosk/slides.ts';
import { kioskPath } from '../../src/lib/kiosk/urls.ts';
import { translationGaps } from '../../src/lib/translation-gaps.ts';
import { sampleContent, testToday } from './paths.ts';

export const locales = ['zh', 'en'] as const;

export async function samplePageTypes(): Promise<string[]> {
  const content = await loadContent(sampleContent);
  const gaps = translationGaps(content);
  const [untranslated] = gaps;
  const untranslatedArticle = gaps.find((gap) => gap.collection === 'articles');
  const atlas = buildAtlas({ ...content, site: content.site.data }, testToday);
  const slides = kioskSlides(atlas, atlas.site.kiosk);
  const kioskDetail = (kind: 'opportunities' | 'chains' | 'regions' | 'articles') => kioskPath('zh', slides.find((slide) => slide.kind === kind)).replace(/^\/zh\//, '');
  const first = (section: 'regions' | 'chains' | 'opportunities' | 'policies') => content[section][0].id;
  return [
    '',
    'regions/',
    `regions/${first('regions')}/`,
    'chains/',
    `chains/${first('chains')}/`,
    'opportunities/',
    `opportunities/${first('opportunities')}/`,
    `opportunities/${untranslated.id}/`,
    'policies/',
    `policies/${first('policies')}/`,
    'articles/',
    'articles/stories/',
    // One article in Markdown and one in MDX with the guide's components in it.
    `articles/${content.articles.find((article) => article.data.body.zh.format === 'md' && article.data.body.en)!.id}/`,
    `articles/${content.articles.find((article) => article.data.body.zh.format === 'mdx')!.id}/`,
    // An article without its English file: the English page shows the Chinese, marked.
    `articles/${untranslatedArticle!.id}/`,
    'map/',
    'data/',
    // The regions' cost of doing business side by side.
    'compare/',
    // The pipeline statistics: charts drawn at build with their tables, and an opportunity with a history.
    'stats/',
    'opportunities/jiutai-truking-huatong-new-plant/',
    // The search page with results on it, drawn by its script.
    'search/?q=jinchang',
    // The expo kiosk: the loop and one detail page of each kind.
    'kiosk/',
    kioskDetail('opportunities'),
    kioskDetail('chains'),
    kioskDetail('regions'),
    kioskDetail('articles'),
  ];
}
