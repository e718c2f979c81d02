/**
 * `<kiosk-loop>`: the attract loop. The slides are all in the page; this shows one at a time by
 * the `hidden` attribute, so the DOM never grows. One timer, re-armed on every change; the
 * progress bar is one animation, replaced on every change; listeners are attached once, on the
 * element and the document, and handled by delegation — it can run all day.
 */
import { stepSlide, swipeStep } from '../../lib/kiosk/timing.ts';
import { kioskTiming } from './timing.ts';

/** Sideways travel, in CSS pixels, that makes a touch a swipe rather than a tap. */
const swipeThreshold = 60;

class KioskLoop extends HTMLElement {
  #slides: HTMLElement[] = [];
  #index = 0;
  #intervalMs = 12000;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #progressBar: HTMLElement | null = null;
  #progress: Animation | undefined;
  #counter: HTMLElement | null = null;
  #start: { x: number; y: number; id: number } | undefined;
  /** Slides shown since the page loaded; a test reads it to know how far the loop has run. */
  changes = 0;

  connectedCallback(): void {
    const frame = this.closest<HTMLElement>('kiosk-frame');
    if (frame) this.#intervalMs = kioskTiming(frame).intervalMs;
    this.#slides = [...this.querySelectorAll<HTMLElement>('[data-slide]')];
    this.#progressBar = this.querySelector('[data-progress]');
    this.#counter = this.querySelector('[data-counter]');
    for (const type of ['click', 'pointerdown', 'pointerup', 'kiosk-reset']) this.addEventListener(type, this);
    document.addEventListener('keydown', this);
    this.#show(0);
  }

  disconnectedCallback(): void {
    for (const type of ['click', 'pointerdown', 'pointerup', 'kiosk-reset']) this.removeEventListener(type, this);
    document.removeEventListener('keydown', this);
    clearTimeout(this.#timer);
    this.#progress?.cancel();
  }

  /** Moves `step` slides on (back when negative) and restarts the slide's time: what the timer, a swipe and the arrows do. */
  advance(step = 1): void {
    this.#show(stepSlide(this.#index, this.#slides.length, step));
  }

  handleEvent(event: Event): void {
    switch (event.type) {
      case 'click':
        return this.#onClick(event as MouseEvent);
      case 'pointerdown':
        return this.#onPointerDown(event as PointerEvent);
      case 'pointerup':
        return this.#onPointerUp(event as PointerEvent);
      case 'keydown':
        return this.#onKey(event as KeyboardEvent);
      case 'kiosk-reset':
        return this.#show(0);
    }
  }

  #show(index: number): void {
    const previous = this.#slides[this.#index];
    const next = this.#slides[index];
    if (previous && previous !== next) previous.hidden = true;
    if (next) next.hidden = false;
    this.#index = index;
    this.changes += 1;
    if (this.#counter) {
      this.#counter.textContent = (this.#counter.dataset.template ?? '')
        .replace('{index}', String(index + 1))
        .replace('{count}', String(this.#slides.length));
    }
    this.#progress?.cancel();
    this.#progress = this.#progressBar?.animate([{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], {
      duration: this.#intervalMs,
      easing: 'linear',
      fill: 'forwards',
    });
    clearTimeout(this.#timer);
    if (this.#slides.length > 1) this.#timer = setTimeout(() => this.advance(1), this.#intervalMs);
  }

  #onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLElement>('[data-step]');
    if (button) this.advance(Number(button.dataset.step));
  }

  #onPointerDown(event: PointerEvent): void {
    this.#start = { x: event.clientX, y: event.clientY, id: event.pointerId };
  }

  /** A tap on a slide, away from its buttons and links, opens the slide's detail; a swipe moves on or back. */
  #onPointerUp(event: PointerEvent): void {
    const start = this.#start;
    this.#start = undefined;
    if (!start || start.id !== event.pointerId) return;
    const step = swipeStep(event.clientX - start.x, event.clientY - start.y, swipeThreshold);
    if (step !== 0) return this.advance(step);
    const target = event.target as Element;
    if (target.closest('a, button')) return;
    const href = target.closest<HTMLElement>('[data-slide]')?.dataset.href;
    if (href) location.assign(href);
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowRight' || event.key === 'PageDown') this.advance(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') this.advance(-1);
  }
}

customElements.define('kiosk-loop', KioskLoop);
