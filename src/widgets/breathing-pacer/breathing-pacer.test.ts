import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '../../../test/commands.js';
import './define.js';
import type {MsBreathingPacer, PacerClock} from './breathing-pacer.js';
import {expectAccessibleInAllThemes, nextFrames, shadowText, withWarnings} from '../../../test/helpers.js';

/** A clock the test moves by hand. `lateness()` makes each timer fire that many ms late. */
class FakeClock implements PacerClock {
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

interface Recorded {
  type: string;
  detail: Record<string, unknown>;
  at: number;
}

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const text = (el: Element, selector: string) => $(el, selector).textContent!.replace(/\s+/g, ' ').trim();
const primary = (el: Element) => $<HTMLButtonElement>(el, '.controls button');
const buttons = (el: Element) => [...shadow(el).querySelectorAll('.controls button')].map((b) => b.textContent!.trim());
const status = (el: Element) => $(el, '[role="status"]').textContent!.trim();
const stat = (el: Element, label: string) => {
  const row = [...shadow(el).querySelectorAll('.stats div')].find((d) => d.querySelector('dt')!.textContent!.trim() === label);
  return row?.querySelector('dd')!.textContent!.trim();
};
const EVENTS = ['start', 'phase', 'pause', 'resume', 'complete', 'stop'].map((n) => `ms-breathing-${n}`);

async function pacer(attributes = '', clock = new FakeClock()) {
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
function timeline(events: Recorded[], startAt: number): [unknown, number][] {
  return events.filter((e) => e.type === 'ms-breathing-phase').map((e) => [e.detail.phase, (e.at - startAt) / 1000]);
}

/** Waits (up to 3 s, frame by frame) until `check()` is true. */
async function until(check: () => boolean, what: string): Promise<void> {
  const end = performance.now() + 3000;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Whether the browser sees `el` in view (a fresh observer's first report). */
function intersection(el: Element): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      resolve(entries[entries.length - 1]!.isIntersecting);
    });
    observer.observe(el);
  });
}

async function settle(el: MsBreathingPacer) {
  await el.updateComplete;
}

describe('ms-breathing-pacer', () => {
  afterEach(async () => {
    await emulateMedia({reducedMotion: 'no-preference'});
    delete (document as unknown as Record<string, unknown>).visibilityState;
  });

  it('waits for the reader: shows the pattern, pace, time and a Start button, and never starts by itself', async () => {
    const {el, clock, events} = await pacer();
    expect($(el, 'h2').textContent).to.equal('Slow breathing');
    expect(text(el, '.word')).to.equal('Ready');
    expect([...shadow(el).querySelectorAll('.pattern li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Breathe in for 4 seconds',
      'Breathe out for 6 seconds',
    ]);
    expect(stat(el, 'Pace')).to.equal('6 breaths a minute');
    expect(stat(el, 'Time left')).to.equal('3:00');
    expect(stat(el, 'Breaths')).to.equal('0');
    expect(buttons(el)).to.deep.equal(['Start']);
    expect(text(el, '.safety')).to.equal('If you feel dizzy or light-headed, stop and breathe normally.');
    await new Promise((r) => setTimeout(r, 50));
    clock.advance(60_000);
    await settle(el);
    expect(el.phase).to.equal('idle');
    expect(el.running).to.equal(false);
    expect(events).to.deep.equal([]);
    expect(clock.timers.size).to.equal(0);
    expect(shadow(el).getAnimations()).to.deep.equal([]);
  });

  const presets: [string, [string, number][], string][] = [
    ['calm', [['inhale', 4], ['exhale', 6]], '6 breaths a minute'],
    ['box', [['inhale', 4], ['hold-in', 4], ['exhale', 4], ['hold-out', 4]], '3.8 breaths a minute'],
    ['4-7-8', [['inhale', 4], ['hold-in', 7], ['exhale', 8]], '3.2 breaths a minute'],
    ['resonance', [['inhale', 5.5], ['exhale', 5.5]], '5.5 breaths a minute'],
  ];
  for (const [preset, steps, pace] of presets) {
    it(`runs the ${preset} pattern in order with the right lengths`, async () => {
      const {el, clock, events} = await pacer(`preset="${preset}"`);
      expect(stat(el, 'Pace')).to.equal(pace);
      const startAt = clock.now();
      el.start();
      const cycle = steps.reduce((s, [, d]) => s + d, 0);
      clock.advance(cycle * 2 * 1000 + 100);
      const expected: [string, number][] = [];
      let t = 0;
      for (let round = 0; round < 2; round++) {
        for (const [phase, seconds] of steps) {
          expected.push([phase, t]);
          t += seconds;
        }
      }
      expected.push(['inhale', t]);
      expect(timeline(events, startAt)).to.deep.equal(expected);
      const phaseEvents = events.filter((e) => e.type === 'ms-breathing-phase');
      expect(phaseEvents.map((e) => e.detail.seconds)).to.deep.equal([...steps, ...steps, steps[0]!].map(([, d]) => d));
      expect(phaseEvents.map((e) => e.detail.cycle)).to.deep.equal([
        ...steps.map(() => 1),
        ...steps.map(() => 2),
        3,
      ]);
      expect(el.cycles).to.equal(2);
    });
  }

  it('lets phase attributes override the preset, with decimals', async () => {
    const {el, clock, events} = await pacer('preset="box" inhale="5" hold-out="0" exhale="4.5"');
    const startAt = clock.now();
    expect([...shadow(el).querySelectorAll('.pattern li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Breathe in for 5 seconds',
      'Hold for 4 seconds',
      'Breathe out for 4.5 seconds',
    ]);
    expect(stat(el, 'Pace')).to.equal('4.4 breaths a minute');
    el.start();
    clock.advance(13_600);
    expect(timeline(events, startAt)).to.deep.equal([
      ['inhale', 0],
      ['hold-in', 5],
      ['exhale', 9],
      ['inhale', 13.5],
    ]);
  });

  it('counts seconds, time left and breaths as text, once a second and no more', async () => {
    const {el, clock} = await pacer('minutes="1"');
    el.start();
    await settle(el);
    expect(text(el, '.word')).to.equal('Breathe in');
    expect(text(el, '.count')).to.equal('4');
    expect(stat(el, 'Time left')).to.equal('1:00');
    expect($(el, '.pattern [aria-current="step"]').textContent!.trim()).to.equal('Breathe in for 4 seconds');
    expect(shadow(el).querySelectorAll('.pattern [aria-current]'), 'only the current step is marked').to.have.length(1);
    expect(clock.nextDue()! - clock.now(), 'the next update is one second away').to.equal(1000);
    clock.advance(1000);
    await settle(el);
    expect(text(el, '.count')).to.equal('3');
    expect(stat(el, 'Time left')).to.equal('0:59');
    clock.advance(3000);
    await settle(el);
    expect(text(el, '.word')).to.equal('Breathe out');
    expect(text(el, '.count')).to.equal('6');
    expect($(el, '.pattern [aria-current="step"]').textContent!.trim()).to.equal('Breathe out for 6 seconds');
    clock.advance(6000);
    await settle(el);
    expect(stat(el, 'Breaths')).to.equal('1');
    expect(stat(el, 'Time left')).to.equal('0:50');
  });

  it('keeps every phase boundary within one frame of its schedule after 100 breaths, even with late timers', async () => {
    // Every timer fires up to 12 ms late, as a busy page would. Adding up ticks would drift by seconds.
    let seed = 7;
    const jitter = () => ((seed = (seed * 16807) % 2147483647) % 1200) / 100;
    const {el, clock, events} = await pacer('minutes="0"', new FakeClock(jitter));
    const startAt = clock.now();
    el.start();
    // A pause in the middle is taken out of the schedule.
    clock.advance(501_234);
    el.pause();
    clock.advance(45_678);
    el.resume();
    clock.advance(1_000_000 - 501_234 + 1);
    const phases = events.filter((e) => e.type === 'ms-breathing-phase');
    expect(el.cycles).to.be.at.least(100);
    expect(phases.length).to.be.at.least(200);
    let worst = 0;
    phases.forEach((e, i) => {
      const scheduled = startAt + Math.floor(i / 2) * 10_000 + (i % 2) * 4000;
      const paused = scheduled > startAt + 501_234 ? 45_678 : 0;
      const error = e.at - (scheduled + paused);
      worst = Math.max(worst, Math.abs(error));
      expect(e.detail.phase).to.equal(i % 2 ? 'exhale' : 'inhale');
    });
    expect(worst).to.be.below(1000 / 60);
  });

  it('pauses and resumes where it was, with events and a message', async () => {
    const {el, clock, events} = await pacer();
    el.start();
    clock.advance(2500);
    await settle(el);
    const [animation] = shadow(el).getAnimations();
    expect(animation, 'the shape grows while breathing in').to.exist;
    el.pause();
    await settle(el);
    expect(el.running).to.equal(false);
    expect(el.paused).to.equal(true);
    expect(el.phase).to.equal('inhale');
    expect(animation!.playState).to.equal('paused');
    expect(text(el, '[part="message"]')).to.equal('Paused. Press Resume when you are ready.');
    expect(buttons(el)).to.deep.equal(['Resume', 'Stop']);
    expect(text(el, '.count')).to.equal('2');
    const before = events.length;
    clock.advance(60_000);
    expect(events.length, 'nothing happens while paused').to.equal(before);
    expect(clock.timers.size).to.equal(0);
    const resumedAt = clock.now();
    const realStart = performance.now();
    el.resume();
    await settle(el);
    expect(el.running).to.equal(true);
    expect($(el, '[part="message"]').hidden).to.equal(true);
    expect(shadow(el).getAnimations()[0]!.currentTime).to.be.within(2500, 2500 + performance.now() - realStart + 1);
    clock.advance(1500);
    const last = events[events.length - 1]!;
    expect(last.type).to.equal('ms-breathing-phase');
    expect(last.detail.phase).to.equal('exhale');
    expect(last.at).to.equal(resumedAt + 1500);
    expect(events.map((e) => e.type)).to.deep.equal([
      'ms-breathing-start',
      'ms-breathing-phase',
      'ms-breathing-pause',
      'ms-breathing-resume',
      'ms-breathing-phase',
    ]);
    expect(events[2]!.detail).to.deep.equal({reason: 'user'});
  });

  it('pauses when the page is hidden, says so, and waits for the reader to resume', async () => {
    const {el, clock, events} = await pacer();
    el.start();
    clock.advance(5000);
    Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(el);
    expect(el.paused).to.equal(true);
    expect(el.phase).to.equal('exhale');
    expect(text(el, '[part="message"]')).to.equal('Paused because you left the page. Press Resume when you are ready.');
    expect(events.find((e) => e.type === 'ms-breathing-pause')!.detail).to.deep.equal({reason: 'hidden'});
    Object.defineProperty(document, 'visibilityState', {value: 'visible', configurable: true});
    document.dispatchEvent(new Event('visibilitychange'));
    clock.advance(30_000);
    await settle(el);
    expect(el.paused, 'coming back does not restart it').to.equal(true);
    expect(clock.timers.size).to.equal(0);
  });

  it('ends the session kindly after the last full breath and offers to go again', async () => {
    const {el, clock, events} = await pacer('minutes="1" preset="resonance"');
    const startAt = clock.now();
    el.start();
    clock.advance(61_000);
    await settle(el);
    // 60 s fall in the sixth breath (55-66 s): it is finished, not cut off.
    expect(el.phase).to.equal('exhale');
    expect(stat(el, 'Time left')).to.equal('0:00');
    expect(text(el, '[part="message"]')).to.equal('Time is up. Finish this breath slowly.');
    clock.advance(10_000);
    await settle(el);
    const complete = events.filter((e) => e.type === 'ms-breathing-complete');
    expect(complete).to.have.length(1);
    expect(complete[0]!.detail).to.deep.equal({cycles: 6, seconds: 66});
    expect(complete[0]!.at - startAt).to.equal(66_000);
    expect(el.phase).to.equal('done');
    expect(el.running).to.equal(false);
    expect(el.cycles).to.equal(6);
    expect(text(el, '.word')).to.equal('Well done');
    expect(text(el, '[part="message"]')).to.contain('Your breathing session is finished');
    expect(status(el)).to.contain('Your breathing session is finished');
    expect(stat(el, 'Breaths')).to.equal('6');
    expect(buttons(el)).to.deep.equal(['Go again']);
    expect(clock.timers.size).to.equal(0);
    expect(shadow(el).getAnimations()).to.deep.equal([]);

    primary(el).click();
    await settle(el);
    expect(el.running).to.equal(true);
    expect(el.cycles).to.equal(0);
    expect(stat(el, 'Breaths')).to.equal('0');
  });

  it('ends a calm session of 3 minutes after 18 breaths; minutes="0" runs until stopped', async () => {
    const {el, clock, events} = await pacer();
    el.start();
    clock.advance(180_000);
    expect(events.find((e) => e.type === 'ms-breathing-complete')!.detail).to.deep.equal({cycles: 18, seconds: 180});

    const endless = await pacer('minutes="0"');
    endless.el.start();
    endless.clock.advance(3_600_000);
    await settle(endless.el);
    expect(endless.el.running).to.equal(true);
    expect(endless.el.cycles).to.equal(360);
    expect(stat(endless.el, 'Time')).to.equal('60:00');
    endless.el.stop();
  });

  it('stops early: an event with the breaths so far, a message, and focus back on Start', async () => {
    const {el, clock, events} = await pacer();
    el.start();
    clock.advance(25_000);
    await settle(el);
    const stopButton = shadow(el).querySelectorAll<HTMLButtonElement>('.controls button')[1]!;
    stopButton.focus();
    stopButton.click();
    await settle(el);
    await settle(el);
    expect(el.phase).to.equal('idle');
    expect(el.running).to.equal(false);
    expect(events[events.length - 1]).to.deep.include({type: 'ms-breathing-stop', detail: {cycles: 2, seconds: 25}});
    expect(text(el, '[part="message"]')).to.equal('Stopped. You can start again whenever you like.');
    expect(stat(el, 'Breaths')).to.equal('2');
    expect(buttons(el)).to.deep.equal(['Start']);
    expect(shadow(el).activeElement).to.equal(primary(el));
    expect(clock.timers.size).to.equal(0);
  });

  it('fires bubbling, composed events that reach the page from inside another shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({mode: 'open'});
    const el = document.createElement('ms-breathing-pacer');
    const clock = new FakeClock();
    el.clock = clock;
    el.setAttribute('preset', '4-7-8');
    el.setAttribute('minutes', '0.5');
    root.append(el);
    const seen: [string, unknown][] = [];
    const listener = (e: Event) => seen.push([e.type, (e as CustomEvent).detail]);
    for (const type of EVENTS) document.addEventListener(type, listener);
    el.start();
    clock.advance(4000);
    el.pause();
    el.resume();
    clock.advance(40_000);
    expect(seen).to.deep.equal([
      ['ms-breathing-start', {inhale: 4, holdIn: 7, exhale: 8, holdOut: 0, minutes: 0.5}],
      ['ms-breathing-phase', {phase: 'inhale', cycle: 1, seconds: 4}],
      ['ms-breathing-phase', {phase: 'hold-in', cycle: 1, seconds: 7}],
      ['ms-breathing-pause', {reason: 'user'}],
      ['ms-breathing-resume', {}],
      ['ms-breathing-phase', {phase: 'exhale', cycle: 1, seconds: 8}],
      ['ms-breathing-phase', {phase: 'inhale', cycle: 2, seconds: 4}],
      ['ms-breathing-phase', {phase: 'hold-in', cycle: 2, seconds: 7}],
      ['ms-breathing-phase', {phase: 'exhale', cycle: 2, seconds: 8}],
      ['ms-breathing-complete', {cycles: 2, seconds: 38}],
    ]);
    for (const type of EVENTS) document.removeEventListener(type, listener);
  });

  it('ignores calls that do not fit the state', async () => {
    const {el, clock, events} = await pacer();
    el.pause();
    el.resume();
    el.stop();
    expect(events).to.deep.equal([]);
    el.start();
    el.start();
    el.resume();
    clock.advance(1000);
    expect(events.map((e) => e.type)).to.deep.equal(['ms-breathing-start', 'ms-breathing-phase']);
    el.pause();
    el.pause();
    el.start();
    expect(events.filter((e) => e.type === 'ms-breathing-pause')).to.have.length(1);
    expect(el.paused).to.equal(true);
    el.stop();
  });

  it('works from the keyboard: Space and Enter on the focused buttons', async () => {
    const {el} = await pacer();
    primary(el).focus();
    await sendKeys({press: 'Space'});
    await settle(el);
    expect(el.running).to.equal(true);
    expect(primary(el).textContent!.trim()).to.equal('Pause');
    expect(shadow(el).activeElement, 'focus stays on the same button').to.equal(primary(el));
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.paused).to.equal(true);
    expect(primary(el).textContent!.trim()).to.equal('Resume');
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.running).to.equal(true);
    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Stop');
    await sendKeys({press: 'Space'});
    await settle(el);
    await settle(el);
    expect(el.phase).to.equal('idle');
    expect(shadow(el).activeElement).to.equal(primary(el));
    const box = primary(el).getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(44);
  });

  it('announces each phase once through a polite status region, not every second', async () => {
    const {el, clock} = await pacer('preset="box"');
    const region = $(el, '[role="status"]');
    expect(region.closest('[aria-hidden]')).to.equal(null);
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      const said = region.textContent!.trim();
      if (said && said !== heard[heard.length - 1]) heard.push(said);
    });
    let changes = 0;
    const counter = new MutationObserver(() => changes++);
    observer.observe(region, {subtree: true, childList: true, characterData: true});
    el.start();
    await settle(el);
    counter.observe(region, {subtree: true, childList: true, characterData: true});
    for (let s = 0; s < 16; s++) {
      clock.advance(1000);
      await settle(el);
    }
    await new Promise((r) => setTimeout(r));
    expect(heard).to.deep.equal(['Breathe in', 'Hold', 'Breathe out', 'Hold', 'Breathe in']);
    expect(changes, 'one change per phase over 16 seconds').to.equal(4);
    el.pause();
    await settle(el);
    expect(status(el)).to.equal('Paused. Press Resume when you are ready.');
    observer.disconnect();
    counter.disconnect();
  });

  it('is silent for screen readers with quiet', async () => {
    const {el, clock} = await pacer('quiet');
    el.start();
    for (let s = 0; s < 8; s++) {
      clock.advance(1000);
      await settle(el);
      expect(status(el)).to.equal('');
    }
    expect(text(el, '.word'), 'the phase is still shown').to.equal('Breathe out');
    el.quiet = false;
    await settle(el);
    expect(status(el)).to.equal('Breathe out');
    el.stop();
  });

  it('grows the shape with one transform animation per phase, started at the phase change', async () => {
    const {el, clock} = await pacer();
    el.start();
    await settle(el);
    let [animation] = shadow(el).getAnimations();
    expect((animation!.effect as KeyframeEffect).target).to.equal($(el, '.shape'));
    expect((animation!.effect as KeyframeEffect).getKeyframes().map((k) => k.transform)).to.deep.equal(['scale(0.55)', 'none']);
    expect(animation!.effect!.getTiming().duration).to.equal(4000);
    clock.advance(4000);
    await settle(el);
    expect(shadow(el).getAnimations()).to.have.length(1);
    [animation] = shadow(el).getAnimations();
    expect((animation!.effect as KeyframeEffect).getKeyframes().map((k) => k.transform)).to.deep.equal(['none', 'scale(0.55)']);
    expect(animation!.effect!.getTiming().duration).to.equal(6000);
    for (const frame of (animation!.effect as KeyframeEffect).getKeyframes()) {
      expect(Object.keys(frame).filter((k) => !['offset', 'computedOffset', 'easing', 'composite'].includes(k))).to.deep.equal(['transform']);
    }
    el.stop();
    await settle(el);
    expect(shadow(el).getAnimations()).to.deep.equal([]);
  });

  for (const how of ['attribute', 'media']) {
    it(`does not scale or move with reduced motion (${how}): the shape fills and fades`, async () => {
      if (how === 'media') await emulateMedia({reducedMotion: 'reduce'});
      const {el, clock} = await pacer(how === 'attribute' ? 'reduced-motion' : '');
      el.start();
      for (let i = 0; i < 3; i++) {
        await settle(el);
        await nextFrames();
        expect(getComputedStyle($(el, '.shape')).transform).to.equal('none');
        const animations = shadow(el).getAnimations();
        expect(animations).to.have.length(1);
        for (const animation of animations) {
          const effect = animation.effect as KeyframeEffect;
          expect(effect.target).to.equal($(el, '.fill'));
          expect(effect.getKeyframes().some((k) => 'transform' in k || 'scale' in k || 'translate' in k)).to.equal(false);
          expect(effect.getKeyframes().every((k) => 'opacity' in k)).to.equal(true);
        }
        clock.advance(i === 0 ? 4000 : 6000);
      }
      expect(text(el, '.intro.still')).to.equal('Breathe in as the circle fills. Breathe out slowly as it fades.');
      expect(getComputedStyle($(el, '.intro.motion')).display).to.equal('none');
      el.stop();
    });
  }

  it('costs no frames off-screen: no animation and no per-second updates until it is back in view', async () => {
    const {el, clock} = await pacer();
    el.style.marginBlockStart = '500vh';
    window.scrollTo(0, 0);
    el.start();
    expect(await intersection(el)).to.equal(false);
    await until(() => shadow(el).getAnimations().length === 0, 'the widget to see it is off-screen');
    expect(clock.nextDue(), 'only the next phase change is scheduled').to.equal(clock.now() + 4000);
    clock.advance(4000);
    await settle(el);
    expect(el.phase, 'the session goes on').to.equal('exhale');
    expect(shadow(el).getAnimations()).to.deep.equal([]);
    clock.advance(1500);
    const realStart = performance.now();
    el.scrollIntoView();
    expect(await intersection(el)).to.equal(true);
    await until(() => shadow(el).getAnimations().length > 0, 'the widget to see it is back in view');
    await settle(el);
    const [animation] = shadow(el).getAnimations();
    expect(animation, 'back in view, the shape is where the schedule says').to.exist;
    // The animation starts 1.5 s in, then runs on real time.
    expect(animation!.currentTime).to.be.within(1500, 1500 + performance.now() - realStart + 1);
    expect(text(el, '.count')).to.equal('5');
    expect(clock.nextDue()).to.equal(clock.now() + 500);
    el.stop();
    window.scrollTo(0, 0);
  });

  describe('opt-in cues', () => {
    let log: string[];
    const saved: [object, string, PropertyDescriptor | undefined][] = [];
    function replace(target: object, key: string, value: unknown) {
      saved.push([target, key, Object.getOwnPropertyDescriptor(target, key)]);
      Object.defineProperty(target, key, {value, configurable: true, writable: true});
    }
    beforeEach(() => {
      log = [];
      class FakeAudio {
        state = 'running';
        currentTime = 0;
        destination = {};
        constructor() {
          log.push('audio');
        }
        resume = async () => {};
        close = async () => void log.push('audio closed');
        createGain = () => ({gain: {setValueAtTime() {}, exponentialRampToValueAtTime() {}}, connect: (n: unknown) => n});
        createOscillator = () => {
          const osc = {
            frequency: {value: 0},
            connect: (n: unknown) => n,
            start: () => log.push(`tone ${osc.frequency.value}`),
            stop() {},
          };
          return osc;
        };
      }
      replace(window, 'AudioContext', FakeAudio);
      replace(navigator, 'vibrate', (pattern: unknown) => log.push(`vibrate ${JSON.stringify(pattern)}`));
      replace(navigator, 'wakeLock', {
        request: async (type: string) => {
          log.push(`wake lock ${type}`);
          return {release: async () => void log.push('wake lock released')};
        },
      });
    });
    afterEach(() => {
      for (const [target, key, descriptor] of saved.reverse()) {
        if (descriptor) Object.defineProperty(target, key, descriptor);
        else delete (target as Record<string, unknown>)[key];
      }
      saved.length = 0;
    });

    it('touches no sound, vibration or wake lock unless asked for', async () => {
      const {el, clock} = await pacer('preset="box"');
      el.start();
      clock.advance(20_000);
      el.pause();
      el.resume();
      el.stop();
      await new Promise((r) => setTimeout(r));
      expect(log).to.deep.equal([]);
    });

    it('plays a soft tone at each phase change with sound, and closes the audio on pause and stop', async () => {
      const {el, clock} = await pacer('sound preset="box"');
      el.start();
      clock.advance(16_000);
      el.pause();
      await new Promise((r) => setTimeout(r));
      expect(log).to.deep.equal(['audio', 'tone 392', 'tone 330', 'tone 262', 'tone 330', 'tone 392', 'audio closed']);
      log.length = 0;
      el.resume();
      el.stop();
      await new Promise((r) => setTimeout(r));
      expect(log).to.deep.equal(['audio', 'audio closed']);
    });

    it('vibrates once for breathing in and twice for breathing out, not for holds', async () => {
      const {el, clock} = await pacer('vibrate preset="box"');
      el.start();
      clock.advance(16_000);
      el.stop();
      expect(log).to.deep.equal(['vibrate 60', 'vibrate [60,120,60]', 'vibrate 60']);
    });

    it('keeps the screen awake while running and lets go on pause and stop', async () => {
      const {el} = await pacer('keep-awake');
      const flush = () => new Promise((r) => setTimeout(r));
      el.start();
      await flush();
      expect(log).to.deep.equal(['wake lock screen']);
      el.pause();
      await flush();
      expect(log).to.deep.equal(['wake lock screen', 'wake lock released']);
      el.resume();
      await flush();
      el.stop();
      await flush();
      expect(log).to.deep.equal(['wake lock screen', 'wake lock released', 'wake lock screen', 'wake lock released']);
    });

    it('skips cues silently where the browser has none', async () => {
      replace(window, 'AudioContext', undefined);
      replace(navigator, 'vibrate', undefined);
      replace(navigator, 'wakeLock', undefined);
      const {result, warnings} = await withWarnings(async () => {
        const {el, clock} = await pacer('sound vibrate keep-awake');
        el.start();
        clock.advance(12_000);
        el.stop();
        return el;
      });
      expect(result.cycles).to.equal(1);
      expect(warnings).to.deep.equal([]);
    });
  });

  it('warns about bad values and uses the defaults', async () => {
    const {result, warnings} = await withWarnings(() =>
      pacer('inhale="abc" exhale="-3" minutes="lots" preset="fast" hold-in=""')
    );
    const {el, clock, events} = result;
    for (const [attribute, value] of [
      ['inhale', 'abc'],
      ['exhale', '-3'],
      ['minutes', 'lots'],
      ['preset', 'fast'],
    ]) {
      expect(
        warnings.some((w) => w.includes('<ms-breathing-pacer>') && w.includes(`"${attribute}"="${value}"`)),
        `${attribute}="${value}" ${warnings.join('\n')}`
      ).to.equal(true);
    }
    expect(stat(el, 'Time left')).to.equal('3:00');
    expect(stat(el, 'Pace')).to.equal('6 breaths a minute');
    expect(shadowText(el)).not.to.match(/NaN|undefined|null|Infinity|\[object/);
    el.start();
    clock.advance(10_000);
    expect(events.filter((e) => e.type === 'ms-breathing-phase').map((e) => e.detail.seconds)).to.deep.equal([4, 6, 4]);
    const {warnings: again} = await withWarnings(async () => {
      el.requestUpdate();
      await el.updateComplete;
      clock.advance(20_000);
    });
    expect(again, 'each bad value is warned about once').to.deep.equal([]);
    el.stop();
  });

  it('clamps values out of range, with a warning', async () => {
    const {result, warnings} = await withWarnings(() =>
      pacer('inhale="30" hold-in="25" exhale="0.5" hold-out="21" minutes="100"')
    );
    const {el, clock, events} = result;
    expect(warnings.join('\n')).to.contain('"inhale"="30"').and.contain('Using 20');
    expect(warnings.join('\n')).to.contain('"exhale"="0.5"').and.contain('Using 1');
    expect(warnings.join('\n')).to.contain('"minutes"="100"').and.contain('Using 60');
    expect(warnings).to.have.length(5);
    expect(stat(el, 'Time left')).to.equal('60:00');
    el.start();
    clock.advance(61_000);
    expect(events.filter((e) => e.type === 'ms-breathing-phase').map((e) => e.detail.seconds)).to.deep.equal([20, 20, 1, 20, 20]);
    el.stop();
  });

  it('applies attribute changes made while running from the next breath', async () => {
    const {el, clock, events} = await pacer();
    el.start();
    clock.advance(1000);
    el.setAttribute('exhale', '8');
    el.setAttribute('preset', 'box');
    await settle(el);
    expect(text(el, '.pattern'), 'the breath in progress keeps its pattern').to.equal('Breathe in for 4 seconds Breathe out for 6 seconds');
    clock.advance(3000);
    const phase = () => events.filter((e) => e.type === 'ms-breathing-phase').map((e) => [e.detail.phase, e.detail.seconds]);
    expect(phase()).to.deep.equal([
      ['inhale', 4],
      ['exhale', 6],
    ]);
    clock.advance(6000 + 4000 + 4000 + 8000 + 4000);
    await settle(el);
    expect(phase()).to.deep.equal([
      ['inhale', 4],
      ['exhale', 6],
      ['inhale', 4],
      ['hold-in', 4],
      ['exhale', 8],
      ['hold-out', 4],
      ['inhale', 4],
    ]);
    expect(stat(el, 'Pace')).to.equal('3 breaths a minute');
    el.stop();
  });

  it('takes a new session length from the next breath', async () => {
    const {el, clock, events} = await pacer('minutes="0.1"');
    el.start();
    clock.advance(7000);
    await settle(el);
    expect(text(el, '[part="message"]')).to.equal('Time is up. Finish this breath slowly.');
    el.setAttribute('minutes', '1');
    clock.advance(3500);
    await settle(el);
    expect(events.some((e) => e.type === 'ms-breathing-complete'), 'the longer session goes on').to.equal(false);
    expect(el.running).to.equal(true);
    expect($(el, '[part="message"]').hidden).to.equal(true);
    expect(stat(el, 'Time left')).to.equal('0:50');
    el.setAttribute('minutes', '0.1');
    clock.advance(10_000);
    expect(events.filter((e) => e.type === 'ms-breathing-complete').map((e) => e.detail)).to.deep.equal([{cycles: 2, seconds: 20}]);
  });

  it('leaves no timers, listeners, observers or animations when removed while running, and can resume after', async () => {
    const listening = new Set<EventListenerOrEventListenerObject>();
    const add = document.addEventListener;
    const remove = document.removeEventListener;
    document.addEventListener = function (this: Document, type: string, fn: EventListenerOrEventListenerObject, o?: unknown) {
      if (type === 'visibilitychange') listening.add(fn);
      return add.call(this, type, fn, o as AddEventListenerOptions);
    } as typeof document.addEventListener;
    document.removeEventListener = function (this: Document, type: string, fn: EventListenerOrEventListenerObject, o?: unknown) {
      if (type === 'visibilitychange') listening.delete(fn);
      return remove.call(this, type, fn, o as EventListenerOptions);
    } as typeof document.removeEventListener;
    const observing = new Set<IntersectionObserver>();
    const observe = IntersectionObserver.prototype.observe;
    const disconnect = IntersectionObserver.prototype.disconnect;
    IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
      observing.add(this);
      return observe.call(this, target);
    };
    IntersectionObserver.prototype.disconnect = function (this: IntersectionObserver) {
      observing.delete(this);
      return disconnect.call(this);
    };
    try {
      const {el, clock, events} = await pacer();
      el.addEventListener('ms-breathing-pause', (e) => events.push({type: e.type, detail: (e as CustomEvent).detail, at: clock.now()}));
      el.start();
      clock.advance(2000);
      await settle(el);
      const animations = shadow(el).getAnimations();
      expect(animations).to.have.length(1);
      expect(listening.size).to.equal(1);
      expect(observing.size).to.equal(1);
      const parent = el.parentElement!;
      el.remove();
      expect(clock.timers.size, 'timers').to.equal(0);
      expect(listening.size, 'listeners').to.equal(0);
      expect(observing.size, 'observers').to.equal(0);
      expect(animations[0]!.playState, 'animations').to.equal('idle');
      expect(events[events.length - 1]).to.deep.include({type: 'ms-breathing-pause', detail: {reason: 'removed'}});
      clock.advance(60_000);
      expect(events[events.length - 1]!.type).to.equal('ms-breathing-pause');

      parent.append(el);
      await settle(el);
      expect(buttons(el)).to.deep.equal(['Resume', 'Stop']);
      el.resume();
      clock.advance(2000);
      expect(events[events.length - 1]!.detail).to.deep.equal({phase: 'exhale', cycle: 1, seconds: 6});
      el.stop();
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
      IntersectionObserver.prototype.observe = observe;
      IntersectionObserver.prototype.disconnect = disconnect;
    }
  });

  it('has no axe violations while idle, running, paused and finished', async () => {
    const {el, clock} = await pacer('minutes="0.5"');
    await expectAccessibleInAllThemes(el);
    el.start();
    clock.advance(1000);
    await expectAccessibleInAllThemes(el);
    el.pause();
    await expectAccessibleInAllThemes(el);
    el.resume();
    clock.advance(40_000);
    expect(el.phase).to.equal('done');
    await expectAccessibleInAllThemes(el);
  });

  it('gives the shape an outline in forced colors', async () => {
    const {el} = await pacer();
    await emulateMedia({forcedColors: 'active'});
    try {
      const style = getComputedStyle($(el, '.shape'));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    } finally {
      await emulateMedia({forcedColors: 'none'});
    }
  });

  it('speaks the language of the page, with numbers and units from Intl', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA"><ms-breathing-pacer preset="resonance"></ms-breathing-pacer></div>`);
    const el = wrapper.querySelector('ms-breathing-pacer')!;
    await el.updateComplete;
    expect($(el, '.base').getAttribute('lang')).to.equal('fr');
    expect(text(el, '.pattern li')).to.match(/5,5\s*secondes/);
    expect(text(el, '[part="stats"]')).to.contain('5,5');
    expect(shadowText(el)).not.to.contain('Breathe');
  });

  it('lets a start or phase listener pause at once', async () => {
    const {el, clock, events} = await pacer();
    // On the document, so the recorder (on the wrapper) sees the start first.
    document.addEventListener('ms-breathing-start', () => el.pause(), {once: true});
    el.start();
    expect(el.paused).to.equal(true);
    expect(clock.timers.size).to.equal(0);
    clock.advance(5000);
    el.resume();
    expect(events.map((e) => e.type)).to.deep.equal(['ms-breathing-start', 'ms-breathing-pause', 'ms-breathing-resume', 'ms-breathing-phase']);
    el.addEventListener('ms-breathing-phase', () => el.stop(), {once: true});
    clock.advance(4000);
    expect(el.phase).to.equal('idle');
    expect(clock.timers.size).to.equal(0);
  });

  it('takes its language and direction from the page, and mirrors in RTL', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB" dir="rtl" style="width: 600px"><ms-breathing-pacer preset="box"></ms-breathing-pacer></div>`);
    const el = wrapper.querySelector('ms-breathing-pacer')!;
    await settle(el);
    const base = $(el, '.base');
    expect(base.getAttribute('lang')).to.equal('en');
    expect(base.getAttribute('dir')).to.equal('rtl');
    const items = [...shadow(el).querySelectorAll('.pattern li')].map((li) => li.getBoundingClientRect());
    expect(items[1]!.right, 'the steps read from right to left').to.be.below(items[0]!.left + 1);
    const stage = $(el, '.stage').getBoundingClientRect();
    const panel = $(el, '.panel').getBoundingClientRect();
    expect(Math.abs(stage.left - panel.left - (panel.right - stage.right))).to.be.below(1.5);
    expect(getComputedStyle($(el, '.shape')).transformOrigin).to.equal(
      `${stage.width / 2}px ${stage.height / 2}px`
    );
  });
});
