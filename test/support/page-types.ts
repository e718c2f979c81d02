/** One page of every type the guide builds, as paths after the language prefix. */
import { loadContent } from '../../src/lib/content/load.ts';
import { translationGaps } from '../../src/lib/translation-gaps.ts';
import { sampleContent } from './paths.ts';

export const locales = ['zh', 'en'] as const;

export async function samplePageTypes(): Promise<string[]> {
  const content = await loadContent(sampleContent);
  const [untranslated] = translationGaps(content);
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
    'map/',
    'data/',
    // The search page with results on it, drawn by its script.
    'search/?q=jinchang',
  ];
}
