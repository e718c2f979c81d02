import { existsSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { AtlasContent } from '../../src/lib/content/types.ts';
import { builtSite, sampleContent } from '../support/paths.ts';
import { readPage, text } from '../support/site.ts';

let content: AtlasContent;

beforeAll(async () => {
  content = await loadContent(sampleContent);
});

const languages = ['zh', 'en'] as const;

/** Every <img> of a <picture> must be responsive, sized, described, and its files must exist. */
function expectResponsive(picture: HTMLElement, where: string) {
  const sources = picture.querySelectorAll('source');
  expect(sources.map((source) => source.getAttribute('type')), where).toEqual(['image/avif', 'image/webp']);
  const image = picture.querySelector('img');
  expect(image, where).not.toBeNull();
  for (const attribute of ['width', 'height', 'alt', 'sizes', 'srcset']) expect(image?.getAttribute(attribute), `${where} ${attribute}`).toBeTruthy();
  const files = [image!.getAttribute('src')!, ...sources.flatMap((source) => source.getAttribute('srcset')!.split(',').map((item) => item.trim().split(/\s+/)[0]))];
  expect(sources[0].getAttribute('srcset')?.split(',').length, where).toBeGreaterThanOrEqual(2);
  for (const file of files) expect(existsSync(path.join(builtSite, file)), `${where} ${file}`).toBe(true);
  return image!;
}

describe('pictures from the content', () => {
  test('a region page shows its cover first, at once, and its gallery lazily, with text alternatives in the page language', async () => {
    const region = content.regions.find((entry) => entry.id === 'jiutai-devzone')!;
    for (const locale of languages) {
      const page = await readPage(`/${locale}/regions/${region.id}/`);
      const cover = page.querySelector('main figure.content-picture-cover');
      expect(cover, locale).not.toBeNull();
      const image = expectResponsive(cover!.querySelector('picture')!, `${locale} cover`);
      expect(image.getAttribute('loading')).toBe('eager');
      expect(image.getAttribute('fetchpriority')).toBe('high');
      expect(image.getAttribute('alt')).toBe(region.data.images!.cover!.alt[locale]);
      expect(text(cover!.querySelector('figcaption'))).toContain(region.data.images!.cover!.credit[locale]!);

      const gallery = page.querySelectorAll('.picture-gallery figure');
      expect(gallery.length, locale).toBe(region.data.images!.gallery.length);
      gallery.forEach((figure, index) => {
        const item = expectResponsive(figure.querySelector('picture')!, `${locale} gallery ${index}`);
        expect(item.getAttribute('loading')).toBe('lazy');
        expect(item.getAttribute('alt')).toBe(region.data.images!.gallery[index].alt[locale]);
        expect(text(figure.querySelector('figcaption'))).toContain(region.data.images!.gallery[index].caption![locale]!);
      });
    }
  });

  test('opportunity and chain pages show their cover; their cards on other pages show it lazily', async () => {
    const opportunity = content.opportunities.find((entry) => entry.data.images?.cover && entry.data.featured)!;
    const chain = content.chains.find((entry) => entry.data.images?.cover)!;
    for (const locale of languages) {
      for (const [pagePath, alt] of [
        [`/${locale}/opportunities/${opportunity.id}/`, opportunity.data.images!.cover!.alt[locale]],
        [`/${locale}/chains/${chain.id}/`, chain.data.images!.cover!.alt[locale]],
      ] as const) {
        const page = await readPage(pagePath);
        const image = expectResponsive(page.querySelector('main figure.content-picture-cover picture')!, pagePath);
        expect(image.getAttribute('alt')).toBe(alt);
      }
      const home = await readPage(`/${locale}/`);
      const card = home.querySelectorAll('.card.opportunity').find((element) => element.querySelector(`a[href$="/opportunities/${opportunity.id}/"]`));
      const cardImage = expectResponsive(card!.querySelector('picture')!, `${locale} home card`);
      expect(cardImage.getAttribute('loading')).toBe('lazy');
    }
  });

  test('an entry without pictures has no empty frame', async () => {
    const plain = content.opportunities.find((entry) => !entry.data.images)!;
    for (const locale of languages) {
      const page = await readPage(`/${locale}/opportunities/${plain.id}/`);
      // Related articles may bring their own covers; the entry itself shows no frame.
      const ownPictures = page.querySelectorAll('main picture, main figure.content-picture').filter((element) => !element.closest('.related-articles'));
      expect(ownPictures).toHaveLength(0);
      expect(text(page.querySelector('main h1'))).not.toBe('');
    }
  });

  test('the brand from site.yaml sets the colours and puts the logo in the header link', async () => {
    const { brand } = content.site.data;
    for (const locale of languages) {
      for (const pagePath of [`/${locale}/`, `/${locale}/kiosk/`]) {
        const page = await readPage(pagePath);
        const style = page.querySelectorAll('head style').map((element) => element.text).join('');
        expect(style, pagePath).toContain(`--color-primary:${brand.primary}`);
        expect(style, pagePath).toContain(`--color-accent:${brand.accent}`);
        const policy = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
        expect(policy).not.toContain('unsafe-inline');
        const logo = page.querySelector('.brand img, .kiosk-brand img');
        expect(logo?.getAttribute('src'), pagePath).toMatch(/\.svg$/);
        expect(logo?.getAttribute('alt'), pagePath).toBe('');
      }
    }
  });

  test('kiosk slides of entries with a cover are shown over it', async () => {
    for (const locale of languages) {
      const page = await readPage(`/${locale}/kiosk/`);
      const pictured = page.querySelectorAll('[data-slide] img.kiosk-slide-picture');
      expect(pictured.length, locale).toBeGreaterThan(0);
      for (const image of pictured) expectResponsive(image.parentNode as HTMLElement, `${locale} kiosk`);
    }
  });
});
