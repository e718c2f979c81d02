/**
 * The printed 招商手册: which brochures a guide has, the page each is printed from and the PDF it
 * becomes. One per region and per chain, and one for the whole guide, in every language.
 */
import { pagePath } from '../paths.ts';
import type { Locale } from '../vocabulary.ts';

export type BrochureKind = 'region' | 'chain' | 'guide';

export interface BrochureRef {
  kind: BrochureKind;
  /** The region's or chain's id; none for the guide. */
  id?: string;
}

export interface Brochure extends BrochureRef {
  locale: Locale;
  /** The page Chromium prints, e.g. `/zh/brochure/regions/jiutai/`. */
  page: string;
  /** Where the PDF is published, e.g. `/brochures/zh/regions/jiutai.pdf`. */
  file: string;
}

const folders: Record<Exclude<BrochureKind, 'guide'>, string> = { region: 'regions', chain: 'chains' };

/** The environment variable that asks a build for the brochure pages and the links to their PDFs. */
export const brochureSwitch = 'ATLAS_BROCHURES';

/**
 * Whether this build makes brochures: `npm run brochure` sets the switch; `npm run build` does
 * not, so an ordinary build neither renders the brochure pages nor links to PDFs it has not made.
 */
export function brochuresRequested(env: Record<string, string | undefined>): boolean {
  return env[brochureSwitch] === '1';
}

function relative(ref: BrochureRef): string {
  if (ref.kind === 'guide') return 'guide';
  if (!ref.id) throw new Error(`a ${ref.kind} brochure needs the ${ref.kind}'s id`);
  return `${folders[ref.kind]}/${ref.id}`;
}

/** The page printed into the brochure, under the guide's base path. */
export function brochurePage(locale: Locale, ref: BrochureRef, base = '/'): string {
  return pagePath(locale, `brochure/${relative(ref)}`, base);
}

/** The published PDF's address, under the guide's base path. */
export function brochureFile(locale: Locale, ref: BrochureRef, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}brochures/${locale}/${relative(ref)}.pdf`;
}

/** Every brochure of a guide, guide first, then regions and chains in content order. */
export function brochureList(guide: { regions: readonly { id: string }[]; chains: readonly { id: string }[] }, locales: readonly Locale[], base = '/'): Brochure[] {
  const refs: BrochureRef[] = [
    { kind: 'guide' },
    ...guide.regions.map((region) => ({ kind: 'region' as const, id: region.id })),
    ...guide.chains.map((chain) => ({ kind: 'chain' as const, id: chain.id })),
  ];
  return locales.flatMap((locale) => refs.map((ref) => ({ ...ref, locale, page: brochurePage(locale, ref, base), file: brochureFile(locale, ref, base) })));
}

/**
 * The PDF a built brochure page is printed to: `zh/brochure/regions/jiutai/index.html` (relative
 * to the built site) → `brochures/zh/regions/jiutai.pdf`. Undefined for any other page.
 */
export function pdfForBuiltPage(relativeHtml: string): string | undefined {
  const match = /^([^/]+)\/brochure\/(guide|(?:regions|chains)\/[^/]+)\/index\.html$/.exec(relativeHtml.replaceAll('\\', '/'));
  return match ? `brochures/${match[1]}/${match[2]}.pdf` : undefined;
}
