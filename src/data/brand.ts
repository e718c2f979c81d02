/**
 * The agency's brand from `site.yaml`, ready for pages, the kiosk and share cards: the logo as
 * image metadata (for astro:assets or sharp), the colours in force, and the stylesheet rule that
 * sets them as CSS custom properties with its CSP hash.
 */
import { createHash } from 'node:crypto';
import type { ImageMetadata } from 'astro';
import { brandStylesheet, resolveBrandColours } from '../lib/colour.ts';
import { getAtlas } from './atlas.ts';

export interface Brand {
  /** The logo; its `src` is the built file's URL, `fsPath` (build only) the file on disk. */
  logo?: ImageMetadata & { fsPath?: string };
  colours: ReturnType<typeof resolveBrandColours>;
  /** `:root:root{--color-primary:…}`, or '' when the brand keeps the guide's own colours. */
  css: string;
  /** `sha256-…` of `css`, for the page's Content Security Policy. */
  cssHash: `sha256-${string}`;
}

export async function getBrand(): Promise<Brand> {
  const atlas = await getAtlas();
  const { logo, primary, accent } = atlas.site.brand;
  const css = brandStylesheet({ primary, accent });
  return {
    // The loader hands the logo to Astro's image pipeline, so it arrives as metadata (an SVG as
    // a component function carrying the same metadata).
    logo: logo !== undefined && typeof logo !== 'string' ? (logo as unknown as ImageMetadata) : undefined,
    colours: resolveBrandColours({ primary, accent }),
    css,
    cssHash: `sha256-${createHash('sha256').update(css).digest('base64')}` as const,
  };
}
