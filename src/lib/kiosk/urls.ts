/**
 * Kiosk URLs: the kiosk pages (`/zh/kiosk/…`) and the public address of the same entry on the
 * live site, which the QR codes carry so that a visitor continues on their phone.
 */
import { pagePath } from '../paths.ts';
import type { Locale } from '../vocabulary.ts';
import type { KioskSlide } from './slides.ts';

/** The live page path of a slide's entry, after the language: `opportunities/<id>`, the statistics for the funnel, or the home page. */
export function livePath(slide: KioskSlide): string {
  if (slide.kind === 'totals') return '';
  if (slide.kind === 'funnel') return 'stats';
  return `${slide.kind}/${slide.id}`;
}

/** True for a slide with a kiosk page of its own to open (an entry's); the guide-wide slides have none. */
export function hasKioskPage(slide: KioskSlide): slide is Extract<KioskSlide, { id: string }> {
  return 'id' in slide;
}

/** `/zh/kiosk/` or `/zh/kiosk/chains/<id>/`: the kiosk page of a slide (the loop for the guide-wide slides). */
export function kioskPath(locale: Locale, slide?: KioskSlide, base = '/'): string {
  return pagePath(locale, slide && hasKioskPage(slide) ? `kiosk/${livePath(slide)}` : 'kiosk', base);
}

/** The live site's address of the slide's entry in `locale`: `https://…/zh/opportunities/<id>/`. */
export function publicUrl(siteUrl: string, locale: Locale, slide: KioskSlide, base = '/'): string {
  // Resolved as the pages' canonical links are (see Base.astro), so the two never disagree.
  return new URL(pagePath(locale, livePath(slide), base), siteUrl).href;
}
