// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { sitemap } from './src/integrations/sitemap.ts';
import searchIndex from './src/integrations/search-index.ts';
import kioskOffline from './src/integrations/kiosk-offline.ts';
import shareCards from './src/integrations/share-cards.ts';

export default defineConfig({
  // Tests and benchmarks build several guides side by side.
  outDir: process.env.ATLAS_OUT_DIR || 'dist',
  // Where transformed pictures (and the content store) are cached between builds; benchmarks
  // point it elsewhere to measure a cold cache.
  cacheDir: process.env.ATLAS_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Shared stylesheets as files: cached once, then every page (and the offline kiosk) reuses them.
  // Rendering several pages at once overlaps one page's file writes with the next one's work:
  // about a tenth faster on a 1 000-opportunity guide (see BENCHMARKS.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Staff Markdown is rendered by src/lib/prose.ts; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // The search index and the kiosk's offline copy are made last, over the finished pages.
  integrations: [mdx(), sitemap(), searchIndex(), kioskOffline(), shareCards()],
  devToolbar: { enabled: false },
  // Content pictures (src/components/ContentPicture.astro). AVIF at effort 2 encodes several
  // times faster than the default 4 for nearly the same size; transforms are cached in
  // node_modules/.astro/assets between builds.
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: { avif: { quality: 55, effort: 2 }, webp: { quality: 72 }, jpeg: { quality: 76, mozjpeg: true } },
    },
  },
  security: {
    // Astro hashes every script and style it emits; nothing inline runs without a hash.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
