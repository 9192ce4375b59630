/**
 * The pacer's running half: the countdown, the clock-driven engine, the
 * shape's animation and the cues. Loaded with `import()` when the reader
 * first starts (or sooner: when the pointer or focus reaches the widget, or
 * when the page is idle after the first paint), so the first paint carries
 * only what it shows (see load-session.ts).
 */
import type {LitElement, PropertyValues} from 'lit';
import {parseNumber} from '../../core/attributes.js';
import type {ReaderChoices} from './choices.js';
import type {PacerClock} from './clock.js';
import {type BreathingPhase, type Note, phaseWord, PHASES, type Said, type TimedPhase} from './content.js';
import {CueController} from './cue-controller.js';
import {Countdown, PacerEngine} from './engine.js';
import {animatePhase, ShapeAnimator} from './shape-animation.js';
import {addLateStyles} from '../../parts/late-styles.js';
import {sessionStyles} from './session-styles.js';

/*
 * This module imports the phases and their words from content.ts, in the
 * widget's first-paint file. It must import something from that file: with
 * no import of the entry, the bundler no longer puts the code that ms-widgets.js
 * shares with the lazy chunks into ms-widgets.js, and splits it into separate
 * files (Lit among them) that ms-widgets.js would then need to start.
 */

/** Fires `ms-breathing-<name>` (outside the class, so the manifest lists only the documented events). */
function emit(el: Element, name: string, detail: object): void {
  el.dispatchEvent(new CustomEvent(`ms-breathing-${name}`, {detail, bubbles: true, composed: true}));
}

/**
 * What the session reads and sets on its element: the element's own state
 * (private or protected there, as it is no public API), made by one object in two files.
 */
export interface SessionHost extends LitElement {
  clock: PacerClock;
  countdown?: string | number;
  sound: boolean;
  vibrate: boolean;
  keepAwake: boolean;
  reducedMotion: boolean;
  quiet: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly running: boolean;
  readonly active: boolean;
  readonly choices: ReaderChoices;
  note: Note;
  said: Said;
  elapsed: number;
  _phase: BreathingPhase;
  _paused: boolean;
  counting: number;
  voice(): SpeechSynthesisVoice | undefined;
  inOwnLanguage<T>(fn: () => T): T;
  requestUpdate(): void;
}

export class PacerSession {
  readonly cueing: CueController;
  readonly engine: PacerEngine;
  private countdownTimer?: Countdown;
  private onscreen = true;
  private observer?: IntersectionObserver;
  private shape = new ShapeAnimator();

  constructor(private readonly el: SessionHost) {
    const {choices} = el;
    addLateStyles(el, [sessionStyles]);
    this.cueing = new CueController({
      tones: () => el.sound || choices.eyesClosed,
      vibrate: () => el.vibrate,
      keepAwake: () => el.keepAwake,
      voice: () => (choices.speak ? el.voice() : undefined),
      word: (phase) => el.inOwnLanguage(() => phaseWord(phase)),
    });
    this.engine = new PacerEngine({
      pattern: () => choices.pattern(),
      length: () => choices.sessionLength(),
      phase: (index, cycle, ms) => this.onPhase(PHASES[index]!, cycle, ms),
      changed: () => {
        el.elapsed = this.engine.elapsed;
        el.note = this.engine.lastBreath ? 'last' : '';
      },
      finished: (cycles, ms) => this.finish(cycles, ms),
    }, el.clock);
  }

  /** Starts a new session, after the countdown (does nothing while one is counting down, running or paused). */
  start(): void {
    const {el} = this;
    if (el.active || el.counting) return;
    el.note = '';
    this.cueing.begin();
    const seconds = parseNumber(el, 'countdown', el.countdown ?? undefined, {min: 0, max: 10, fallback: 3, integer: true, clamp: true});
    if (!seconds) return this.begin();
    this.engine.cycles = 0;
    el._phase = 'idle';
    this.countdownTimer = new Countdown(
      el.clock,
      (left) => {
        el.counting = left;
        el.said = {kind: 'count', seconds: left};
      },
      () => {
        el.counting = 0;
        this.begin();
      }
    );
    document.addEventListener('visibilitychange', this.onVisibility);
    this.countdownTimer.start(seconds);
  }

  /** The big button: skips the countdown, pauses, resumes or starts. */
  primary(): void {
    const {el} = this;
    if (el.counting) {
      this.countdownTimer?.cancel();
      el.counting = 0;
      this.begin();
    } else if (el.running) this.hold('user');
    else if (el._paused) this.resume();
    else this.start();
  }

  /** Continues a paused session from where it stopped. */
  resume(): void {
    const {el} = this;
    if (!el._paused) return;
    el.note = '';
    this.shape.cancel();
    el.said = {kind: 'phase', phase: el._phase};
    emit(el, 'resume', {});
    this.run();
  }

  /** Ends the session early (or cancels the countdown). */
  stop(): void {
    const {el} = this;
    if (el.counting) return this.cancelCountdown();
    if (!el.active) return;
    const seconds = this.engine.now();
    this.halt();
    el._paused = false;
    el._phase = 'idle';
    el.note = 'stopped';
    el.said = {kind: 'note', note: 'stopped'};
    emit(el, 'stop', {cycles: this.engine.cycles, seconds: Math.round(seconds) / 1000});
  }

  /** The element left the page. */
  disconnect(): void {
    this.cancelCountdown();
    this.hold('removed');
    this.shape.cancel();
  }

  willUpdate(changed: PropertyValues): void {
    this.cueing.preload(this.el.choices.speak);
    if (changed.has('keepAwake') && this.el.running) this.cueing.keepScreenOn(this.el.keepAwake);
  }

  /** Off-screen, only a new announcement is worth a frame. */
  shouldUpdate(changed: PropertyValues): boolean {
    return this.onscreen || !this.el.running || (changed.has('said') && !this.el.quiet);
  }

  updated(): void {
    if (this.el.running && !this.shape.started) this.visual();
  }

  /** The first breath: the timing contract (start event, phase schedule) begins here. */
  private begin(): void {
    const {el, engine} = this;
    this.countdownTimer = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
    engine.prepare();
    el._paused = false;
    el._phase = 'inhale';
    const [inhale, holdIn, exhale, holdOut] = engine.cycle.map((ms) => ms / 1000);
    emit(el, 'start', {inhale, holdIn, exhale, holdOut, minutes: engine.limit.ms / 60000});
    // A listener may already have paused or stopped it.
    if (el.running) this.run();
  }

  private cancelCountdown(): void {
    if (!this.countdownTimer) return;
    this.countdownTimer.cancel();
    this.countdownTimer = undefined;
    this.el.counting = 0;
    this.el.said = {kind: 'none'};
    this.cueing.halt();
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Starts (or continues) the clock and the listeners. */
  private run(): void {
    const {el, engine} = this;
    el._paused = false;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.observer ??= new IntersectionObserver((entries) => {
      if (!el.running) return;
      this.onscreen = engine.fine = entries[entries.length - 1]!.isIntersecting;
      engine.refresh();
      this.visual();
      el.requestUpdate();
    });
    this.observer.observe(el);
    this.cueing.begin();
    engine.clock = el.clock;
    engine.fine = this.onscreen;
    engine.run();
    this.visual();
  }

  /** Pauses for `reason` and tells the page. */
  hold(reason: 'user' | 'hidden' | 'removed'): void {
    const {el} = this;
    if (!el.running) return;
    el.elapsed = this.engine.hold();
    el._paused = true;
    this.halt(true);
    this.shape.pause();
    el.note = reason === 'hidden' ? 'hidden' : 'paused';
    el.said = {kind: 'note', note: el.note};
    emit(el, 'pause', {reason});
  }

  /** Stops the clock, the listeners, the cues and (unless `keepShape`) the animation. */
  private halt(keepShape = false): void {
    this.engine.hold();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
    this.onscreen = true;
    this.cueing.halt();
    if (!keepShape) this.shape.cancel();
  }

  private onVisibility = () => {
    if (document.visibilityState !== 'hidden') return;
    if (this.el.counting) this.cancelCountdown();
    else this.hold('hidden');
  };

  private onPhase(phase: TimedPhase, cycle: number, ms: number): void {
    const {el} = this;
    el._phase = phase;
    el.said = {kind: 'phase', phase};
    this.visual();
    this.cueing.phase(phase);
    emit(el, 'phase', {phase, cycle, seconds: ms / 1000});
  }

  private finish(cycles: number, ms: number): void {
    const {el} = this;
    el.elapsed = ms;
    this.cueing.end();
    this.halt();
    el._phase = 'done';
    el.note = 'done';
    el.said = {kind: 'note', note: 'done'};
    emit(el, 'complete', {cycles, seconds: ms / 1000});
  }

  /** Starts the animation of the current phase on the compositor (one per phase, no per-frame script). */
  private visual(): void {
    const {el, engine} = this;
    if (!el.running || !this.onscreen) {
      if (el.running) this.shape.cancel();
      return;
    }
    this.shape.show(`${engine.cycles}:${engine.index}`, () => {
      const reduced = el.reducedMotion || matchMedia('(prefers-reduced-motion: reduce)').matches;
      const target = el.renderRoot.querySelector<HTMLElement>(reduced ? '.fill' : '.shape');
      const into = engine.now() - engine.phaseStart;
      return !!target && animatePhase(target, PHASES[engine.index]!, reduced, engine.phaseEnd - engine.phaseStart, into);
    });
  }
}
