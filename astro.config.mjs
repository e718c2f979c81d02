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
