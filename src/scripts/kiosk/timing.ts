/**
 * The timing every kiosk page runs on: the settings the page was built with, overridden for a
 * rehearsal or a test by `?interval=&idle=&countdown=` (milliseconds). Overrides are kept for
 * the browser tab, so they hold on the detail pages and after the idle reset too.
 */
import { timingParameters, timingWithOverrides, type KioskTiming } from '../../lib/kiosk/timing.ts';

const storageKey = 'kiosk-timing';

function overrides(): string {
  const params = new URLSearchParams(location.search);
  const given = Object.keys(timingParameters).some((name) => params.has(name));
  try {
    if (given) sessionStorage.setItem(storageKey, location.search);
    return given ? location.search : (sessionStorage.getItem(storageKey) ?? '');
  } catch {
    // Storage can be switched off; the overrides then hold for this page only.
    return given ? location.search : '';
  }
}

export function kioskTiming(frame: HTMLElement): KioskTiming {
  const configured: KioskTiming = {
    intervalMs: Number(frame.dataset.intervalMs),
    idleMs: Number(frame.dataset.idleMs),
    countdownMs: Number(frame.dataset.countdownMs),
  };
  return timingWithOverrides(configured, overrides());
}
