// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import kioskOffline from './src/integrations/kiosk-offline.ts';

export default defineConfig({
  // Tests and benchmarks build several guides side by side.
  outDir: process.env.ATLAS_OUT_DIR || 'dist',
  trailingSlash: 'always',
  // Shared stylesheets as files: cached once, then every page (and the offline kiosk) reuses them.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Staff Markdown is rendered by src/lib/prose.ts; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), kioskOffline()],
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
