/** Debian's Chromium driven by playwright-core, as the browser tests use it. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Collects messages that mean the page is broken: errors, CSP refusals, failed requests. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => {
    // Moving on to the next page cancels what the last one was still loading: not a fault.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  return problems;
}

/** Opportunities drawn on a map: single markers plus the counts on clusters. */
export function opportunitiesOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const clusters = [...document.querySelectorAll('.marker-cluster')].reduce((sum, cluster) => sum + Number(cluster.textContent), 0);
    return clusters + document.querySelectorAll('img.leaflet-marker-icon').length;
  });
}

/** The option of a facet with the fewest (but some) entries. */
export async function narrowestOption(page: Page, facet: string): Promise<{ value: string; count: number }> {
  const options = await page.locator(`select[name="${facet}"] option`).evaluateAll((elements) =>
    elements.map((element) => ({ value: (element as HTMLOptionElement).value, count: Number(/\((\d+)\)\s*$/.exec(element.textContent ?? '')?.[1] ?? 0) })),
  );
  return options.filter((option) => option.value !== '' && option.count > 0).sort((a, b) => a.count - b.count)[0]!;
}
