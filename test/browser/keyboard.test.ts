import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-suite.ts';
import { locales, samplePageTypes } from '../support/page-types.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
// One test per page: a slow machine gives each page its own time, and a failure names the page.
const pageTypes = await samplePageTypes();


const interactive = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Numbers every visible control a keyboard user should reach; a radio group counts once. */
async function labelControls(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const keys: string[] = [];
    const radioGroups = new Set<string>();
    document.querySelectorAll<HTMLElement>(selector).forEach((element, index) => {
      if (element.matches(':disabled') || !element.checkVisibility({ visibilityProperty: true })) return;
      let key = `control-${index}`;
      if (element.matches('input[type=radio]')) {
        const { name, form } = element as HTMLInputElement;
        key = `radio-${name}`;
        if (radioGroups.has(key)) return;
        radioGroups.add(key);
        form?.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`).forEach((radio) => (radio.dataset.keyboardKey = key));
      } else {
        element.dataset.keyboardKey = key;
      }
      keys.push(key);
    });
    return keys;
  }, interactive);
}

/**
 * How an element and everything inside it is drawn: a focus indicator may be an outline on the
 * element or, in the chain maps' SVG, a thicker stroke on the box inside the link.
 */
function appearance(key: string): string {
  const element = document.querySelector(`[data-keyboard-key="${key}"]`);
  if (!element) return '';
  const properties = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'stroke', 'stroke-width', 'background-color', 'color', 'text-decoration-line'];
  return [element, ...element.querySelectorAll('*')]
    .map((part) => {
      const style = getComputedStyle(part);
      return properties.map((property) => style.getPropertyValue(property)).join(' ');
    })
    .join('|');
}

/**
 * Presses Tab through the whole page, until focus leaves the document after the last control (or
 * at most `maxPresses`); returns what got focus and which of those looked no different.
 */
async function tabThrough(page: Page, maxPresses: number): Promise<{ reached: Set<string>; unmarked: string[] }> {
  const focusedLook = new Map<string, string>();
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    // A control drawn after the page settled (a map that starts when scrolled into view) is
    // numbered when it is first reached, so its focus ring is checked too.
    const key = await page.evaluate((press) => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      element.dataset.keyboardKey ??= `late-${press}`;
      return element.dataset.keyboardKey;
    }, press);
    if (!key && focusedLook.size > 0) break;
    if (key && !focusedLook.has(key)) focusedLook.set(key, await page.evaluate(appearance, key));
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unmarked: string[] = [];
  for (const [key, look] of focusedLook) {
    if (look === (await page.evaluate(appearance, key))) unmarked.push(await page.evaluate((key) => document.querySelector(`[data-keyboard-key="${key}"]`)?.outerHTML.slice(0, 80) ?? key, key));
  }
  return { reached: new Set(focusedLook.keys()), unmarked };
}

describe('every control can be reached with Tab and shows where the focus is', () => {
  describe.each(locales)('%s pages', (locale) => {
    test.each(pageTypes)('%s', async (path) => {
      const page = await browser().newPage();
      await page.goto(`${siteUrl}/${locale}/${path}`);
      await page.waitForLoadState('networkidle');
      const controls = await labelControls(page);
      const { reached, unmarked } = await tabThrough(page, controls.length * 3 + 20);
      expect(controls.filter((key) => !reached.has(key)), `${path}: controls never reached`).toEqual([]);
      expect(unmarked, `${path}: focused without a visible focus ring`).toEqual([]);
      await page.close();
    });
  });
});
