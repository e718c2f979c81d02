/** The kiosk's slides and settings for the pages, and the detail pages they lead to. */
import { kioskSlides, type KioskSection, type KioskSlide } from '../lib/kiosk/slides.ts';
import { getAtlas } from './atlas.ts';

export async function getKioskSlides(): Promise<KioskSlide[]> {
  const atlas = await getAtlas();
  return kioskSlides(atlas, atlas.site.kiosk);
}

/** A kiosk detail page per slide of `section`, in each language; nothing else is reachable in the kiosk. */
export async function kioskDetailPaths(section: KioskSection) {
  const slides = await getKioskSlides();
  const { locales } = await getAtlas();
  return slides.flatMap((slide) =>
    slide.kind === section ? locales.map((lang) => ({ params: { lang, id: slide.id }, props: { slide } })) : [],
  );
}
