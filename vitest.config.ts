import { defineConfig } from 'vitest/config';

/**
 * Five kinds of test. `unit` and `content` need nothing but Node; `site` reads the built sample
 * guide and `browser` drives Debian's Chromium against it. Their shared setup builds the guide
 * once per run and serves it. `brochure` builds its own copy, with the brochure pages, and prints
 * them with Chromium as `npm run brochure` does.
 */
const builtGuide = ['test/support/global-setup.ts'];
/** Removes the temporary folders a test file made (see test/support/temp.ts). */
const cleanTemp = ['test/support/clean-temp.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // One test file at a time, across all projects: every build and dev server in this checkout
    // writes Astro's generated files to the same `.astro/` folder, so two at once can break each
    // other (a rebuild compared with a clean build, a dev server's answers). The browser files,
    // most of the run, are one at a time anyway.
    maxWorkers: 1,
    setupFiles: cleanTemp,
    hookTimeout: 180_000,
    // A check that waits for the page (a script enhancing a list, a map drawing its labels) gets
    // fifteen seconds rather than one: on a busy two-core runner Chromium can take that long, and a
    // check that holds fails just as fast either way.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['test/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['test/site/**/*.test.ts'], globalSetup: builtGuide } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: builtGuide, fileParallelism: false } },
      // Builds the sample with its brochure pages and prints them: its own build, not the shared one.
      { extends: true, test: { name: 'brochure', include: ['test/brochure/**/*.test.ts'] } },
    ],
  },
});
