// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { sitemap } from './src/integrations/sitemap.ts';
import searchIndex from './src/integrations/search-index.ts';
import kioskOffline from './src/integrations/kiosk-offline.ts';
import shareCards from './src/integrations/share-cards.ts';
import pageCache from './src/integrations/page-cache.ts';

/**
 * Stylesheets every screen page shares, bundled into one file: the design tokens and the scoped
 * styles of every component and layout (scoped, so one page's rules never reach another). Split
 * per component, a region page linked 18 render-blocking files; a phone on a slow line waited a
 * round trip for each batch of six before its first paint. Page styles stay with their page (the
 * chain page has global print rules); the brochure's and kiosk's sheets stay theirs, and so does
 * print.css, which a printed brochure must not get. Sheets under 4 KB are inlined.
 */
const siteStyles = /[\\/]src[\\/](components|layouts)[\\/].*[?&]type=style|[\\/]src[\\/]styles[\\/](global|pictures|filters|opportunity-card)\.css$/;

export default defineConfig({
  // Tests and benchmarks build several guides side by side.
  outDir: process.env.ATLAS_OUT_DIR || 'dist',
  // Where transformed pictures (and the content store) are cached between builds; benchmarks
  // point it elsewhere to measure a cold cache.
  cacheDir: process.env.ATLAS_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Shared stylesheets as files: cached once, then every page (and the offline kiosk) reuses them;
  // a page's own small sheet is inlined rather than costing a request.
  // Rendering several pages at once overlaps one page's file writes with the next one's work:
  // about a tenth faster on a 1 000-opportunity guide (see BENCHMARKS.md).
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  // Staff Markdown is rendered by src/lib/prose.ts; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // The search index and the kiosk's offline copy are made last, over the finished pages.
  integrations: [mdx(), sitemap(), searchIndex(), kioskOffline(), shareCards(), pageCache()],
  devToolbar: { enabled: false },
  // A page whose cache key and code are those of the last build is copied from it, not rendered
  // again (keys: src/lib/page-keys.ts); a rebuild after one edit renders that entry's pages.
  experimental: { incrementalBuild: true },
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
  vite: {
    build: {
      rollupOptions: {
        output: {
          manualChunks(id) {
            if (siteStyles.test(id)) return 'site';
          },
        },
      },
    },
  },
});
