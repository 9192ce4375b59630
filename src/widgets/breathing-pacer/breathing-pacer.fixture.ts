/** What the pacer's test files share: a clock moved by hand, a fixture and readers of what is shown. */
import {fixture, html} from '@open-wc/testing';
import './define.js';
import type {MsBreathingPacer, PacerClock} from './breathing-pacer.js';
import {loadSession} from './load-session.js';

// The running half arrives before these tests press Start, as it does for a reader once the page is idle:
// `start()` then works at once on the test clock. breathing-pacer.lazy.test.ts covers Start before it arrives.
await loadSession();

/** A clock the test moves by hand. `lateness()` makes each timer fire that many ms late. */
export class FakeClock implements PacerClock {
  t = 10_000;
  private id = 0;
  readonly timers = new Map<number, {at: number; fn: () => void}>();
  constructor(private lateness: () => number = () => 0) {}
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    this.timers.set(++this.id, {at: this.t + Math.max(0, ms), fn});
    return this.id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers.delete(handle as number);
  };
  /** Moves time forward by `ms`, running every timer that comes due on the way. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let first: [number, {at: number; fn: () => void}] | undefined;
      for (const entry of this.timers) if (!first || entry[1].at < first[1].at) first = entry;
      if (!first || first[1].at > end) break;
      this.timers.delete(first[0]);
      this.t = Math.max(this.t, first[1].at + this.lateness());
      first[1].fn();
    }
    this.t = Math.max(this.t, end);
  }
  /** When the next timer is due, or undefined. */
  nextDue(): number | undefined {
    return Math.min(...[...this.timers.values()].map((timer) => timer.at));
  }
}

export interface Recorded {
  type: string;
  detail: Record<string, unknown>;
  at: number;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
export const text = (el: Element, selector: string) => $(el, selector).textContent!.replace(/\s+/g, ' ').trim();
export const primary = (el: Element) => $<HTMLButtonElement>(el, '.controls button');
export const buttons = (el: Element) => [...shadow(el).querySelectorAll('.controls button')].map((b) => b.textContent!.trim());
export const status = (el: Element) => $(el, '[role="status"]').textContent!.trim();
export const stat = (el: Element, label: string) => {
  const row = [...shadow(el).querySelectorAll('.stats div')].find((d) => d.querySelector('dt')!.textContent!.trim() === label);
  return row?.querySelector('dd')!.textContent!.trim();
};
export const EVENTS = ['start', 'phase', 'pause', 'resume', 'complete', 'stop'].map((n) => `ms-breathing-${n}`);

/**
 * A pacer on the test clock. Without a `countdown` attribute it gets `countdown="0"`, so these tests
 * see the first breath at once; the countdown (3 s by default) has tests of its own.
 */
export async function pacer(attributes = '', clock = new FakeClock()) {
  if (!/\bcountdown\b/.test(attributes)) attributes += ' countdown="0"';
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  // The attributes are written by the tests themselves.
  wrapper.append(document.createRange().createContextualFragment(`<ms-breathing-pacer ${attributes}></ms-breathing-pacer>`));
  const el = wrapper.querySelector('ms-breathing-pacer')!;
  el.clock = clock;
  const events: Recorded[] = [];
  for (const type of EVENTS) {
    wrapper.addEventListener(type, (e) => events.push({type, detail: (e as CustomEvent).detail, at: clock.now()}));
  }
  await el.updateComplete;
  return {el, clock, events, phases: () => events.filter((e) => e.type === 'ms-breathing-phase')};
}

/** The phase changes as [phase, seconds since start]. */
export function timeline(events: Recorded[], startAt: number): [unknown, number][] {
  return events.filter((e) => e.type === 'ms-breathing-phase').map((e) => [e.detail.phase, (e.at - startAt) / 1000]);
}

/** Waits (up to 3 s, frame by frame) until `check()` is true. */
export async function until(check: () => boolean, what: string): Promise<void> {
  const end = performance.now() + 3000;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Whether the browser sees `el` in view (a fresh observer's first report). */
export function intersection(el: Element): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      resolve(entries[entries.length - 1]!.isIntersecting);
    });
    observer.observe(el);
  });
}

export async function settle(el: MsBreathingPacer) {
  await el.updateComplete;
}

