/**
 * `<kiosk-frame>`: the idle watcher of every kiosk page. After a touch, a key or a scroll, it
 * waits the idle time, shows a countdown, then returns to the attract loop in the default
 * language (on the loop itself: back to the first slide, scrolled to the top). A fresh loop
 * that nobody has touched is left to run. One timer at a time, listeners attached once.
 */
import { idleState } from '../../lib/kiosk/timing.ts';
import { kioskTiming } from './timing.ts';

const inputEvents = ['pointerdown', 'keydown', 'wheel'] as const;

class KioskFrame extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastInput = 0;
  #idleMs = 0;
  #countdownMs = 0;
  #overlay: HTMLElement | null = null;
  #text: HTMLElement | null = null;

  connectedCallback(): void {
    const timing = kioskTiming(this);
    this.#idleMs = timing.idleMs;
    this.#countdownMs = timing.countdownMs;
    this.#overlay = this.querySelector('[data-countdown]');
    this.#text = this.querySelector('[data-countdown-text]');
    for (const type of inputEvents) document.addEventListener(type, this, { capture: true, passive: true });
    // Away from the loop's start, someone has been here: the way back starts counting now.
    if (!this.hasAttribute('data-at-home')) this.#touched();
    this.#registerServiceWorker();
  }

  disconnectedCallback(): void {
    for (const type of inputEvents) document.removeEventListener(type, this, { capture: true });
    clearTimeout(this.#timer);
  }

  handleEvent(): void {
    this.#touched();
  }

  #touched(): void {
    this.#lastInput = performance.now();
    if (this.#overlay) this.#overlay.hidden = true;
    this.#arm(this.#idleMs);
  }

  #arm(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#check(), delay);
  }

  #check(): void {
    const state = idleState(performance.now() - this.#lastInput, this.#idleMs, this.#countdownMs);
    if (state.phase === 'active') return this.#arm(state.msLeft);
    if (state.phase === 'countdown') {
      this.#showCountdown(state.secondsLeft);
      return this.#arm(state.msToNextTick);
    }
    this.#reset();
  }

  #showCountdown(seconds: number): void {
    if (this.#text) {
      const template = seconds === 1 ? this.#text.dataset.templateOne : this.#text.dataset.template;
      this.#text.textContent = (template ?? '').replace('{count}', String(seconds));
    }
    if (this.#overlay?.hidden) {
      this.#overlay.hidden = false;
      this.#overlay.querySelector<HTMLElement>('[data-stay]')?.focus();
    }
  }

  #reset(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#overlay) this.#overlay.hidden = true;
    if (!this.hasAttribute('data-at-home')) {
      location.assign(this.dataset.home ?? '/');
      return;
    }
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelector('kiosk-loop')?.dispatchEvent(new CustomEvent('kiosk-reset'));
    window.scrollTo(0, 0);
  }

  #registerServiceWorker(): void {
    const script = this.dataset.serviceWorker;
    if (!script || !('serviceWorker' in navigator)) return;
    // Offline support is a bonus: a kiosk that cannot register one still runs while online.
    navigator.serviceWorker.register(script, { scope: this.dataset.scope ?? '/' }).catch(() => undefined);
  }
}

customElements.define('kiosk-frame', KioskFrame);
