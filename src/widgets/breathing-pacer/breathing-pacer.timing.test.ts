import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '../../../test/commands.js';
import {nextFrames} from '../../../test/helpers.js';
import {$, buttons, EVENTS, FakeClock, intersection, pacer, settle, shadow, stat, text, timeline, until} from './breathing-pacer.fixture.js';

describe('ms-breathing-pacer timing', () => {
  afterEach(async () => {
    await emulateMedia({reducedMotion: 'no-preference'});
    delete (document as unknown as Record<string, unknown>).visibilityState;
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

  it('fires bubbling, composed events that reach the page from inside another shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({mode: 'open'});
    const el = document.createElement('ms-breathing-pacer');
    const clock = new FakeClock();
    el.clock = clock;
    el.setAttribute('preset', '4-7-8');
    el.setAttribute('minutes', '0.5');
    el.setAttribute('countdown', '0');
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

  /** The properties whose change a reader sees as something growing or moving. */
  const MOTION = /^(transform|scale|translate|rotate|offset|inset|top|left|right|bottom|(min-|max-)?(width|height)|margin|padding)/;
  const animated = (animation: Animation) =>
    animation instanceof CSSTransition
      ? [animation.transitionProperty]
      : (animation.effect as KeyframeEffect).getKeyframes().flatMap((k) => Object.keys(k)).filter((k) => !['offset', 'computedOffset', 'easing', 'composite'].includes(k));
  for (const how of ['attribute', 'media']) {
    it(`does not scale or move with reduced motion (${how}): the shape fills and fades`, async () => {
      if (how === 'media') await emulateMedia({reducedMotion: 'reduce'});
      const {el, clock} = await pacer(how === 'attribute' ? 'reduced-motion' : '');
      el.start();
      for (let i = 0; i < 3; i++) {
        await settle(el);
        await nextFrames();
        expect(getComputedStyle($(el, '.shape')).transform).to.equal('none');
        // Whatever is running, transitions included (the theme gives every element a 0.01 ms one with
        // reduced motion, whenever a style changes): nothing grows or moves.
        const animations = shadow(el).getAnimations();
        const moving = animations.filter((a) => animated(a).some((p) => MOTION.test(p)));
        expect(moving.map((a) => `${(a.effect as KeyframeEffect).target?.className}: ${animated(a).join(', ')}`)).to.deep.equal([]);
        // The one animation the pacer starts fills and fades the circle.
        const own = animations.filter((a) => !(a instanceof CSSTransition || a instanceof CSSAnimation));
        expect(own).to.have.length(1);
        expect((own[0]!.effect as KeyframeEffect).target).to.equal($(el, '.fill'));
        expect(animated(own[0]!)).to.deep.equal(['opacity', 'opacity']);
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
});
