/**
 * The kiosk's clock, as pure functions the page script drives with one timer: which slide comes
 * next, and what the idle watcher does at a given moment since the last touch.
 */

/** The slide `step` places away from `index`, wrapping around both ends. */
export function stepSlide(index: number, count: number, step: number): number {
  if (count <= 0) return 0;
  return (((index + step) % count) + count) % count;
}

export type IdleState = { phase: 'active'; msLeft: number } | { phase: 'countdown'; secondsLeft: number; msToNextTick: number } | { phase: 'reset' };

/**
 * Where the idle watcher stands `elapsed` ms after the last touch: active until `idleMs`, then a
 * countdown of `countdownMs` shown in whole seconds, then reset. The ms fields say when to look again.
 */
export function idleState(elapsed: number, idleMs: number, countdownMs: number): IdleState {
  if (elapsed < idleMs) return { phase: 'active', msLeft: idleMs - elapsed };
  const remaining = idleMs + countdownMs - elapsed;
  if (remaining <= 0) return { phase: 'reset' };
  const secondsLeft = Math.ceil(remaining / 1000);
  return { phase: 'countdown', secondsLeft, msToNextTick: remaining - (secondsLeft - 1) * 1000 };
}

export interface KioskTiming {
  intervalMs: number;
  idleMs: number;
  countdownMs: number;
}

/** Query parameters that override the timing for a rehearsal or a test, in milliseconds. */
export const timingParameters = { interval: 'intervalMs', idle: 'idleMs', countdown: 'countdownMs' } as const;

/**
 * The configured timing with any overrides from `search` (`?interval=3000&idle=20000`) applied;
 * values that are not positive whole numbers are ignored.
 */
export function timingWithOverrides(configured: KioskTiming, search: string): KioskTiming {
  const params = new URLSearchParams(search);
  const timing = { ...configured };
  for (const [name, field] of Object.entries(timingParameters)) {
    const value = params.get(name);
    if (value !== null && /^\d+$/.test(value) && Number(value) > 0) timing[field] = Number(value);
  }
  return timing;
}

/** Whether a pointer moved far enough sideways, and more sideways than down, to be a swipe; its direction. */
export function swipeStep(dx: number, dy: number, threshold: number): -1 | 0 | 1 {
  if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}
