import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {parseEnum, parseNumber, warnAttribute} from '../../core/attributes.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {msg} from '../../core/localize.js';
import {
  type BreathingPhase,
  type Note,
  noteText,
  paceText,
  patternStep,
  phaseWord,
  PHASES,
  type Preset,
  PRESETS,
  type TimedPhase,
} from './content.js';
import {translations} from '../../generated/translations/breathing-pacer.js';
import {breathingPacerStyles} from './breathing-pacer.styles.js';

export type {BreathingPhase, Preset};

/**
 * The time source of a pacer. The default uses `performance.now()` and
 * `setTimeout`; tests pass their own to move time forward without waiting.
 */
export interface PacerClock {
  /** Monotonic time in milliseconds. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: PacerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as number),
};

const PRESET_NAMES = Object.keys(PRESETS) as Preset[];
/** Smallest size of the shape (fully breathed out); the same as in the styles. */
const SMALL = 'scale(0.55)';
/** Opacity of the fill when breathed in, in reduced motion (the same as in the styles). */
const FILLED = 0.35;
/** Pitch of the soft tone for each phase (in, hold, out, hold), in Hz. */
const TONES = [392, 330, 262, 330];

const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

/** Fires `ms-breathing-<name>` (outside the class, so the manifest lists only the documented events). */
function emit(el: Element, name: string, detail: object): void {
  el.dispatchEvent(new CustomEvent(`ms-breathing-${name}`, {detail, bubbles: true, composed: true}));
}

const formats = new Map<string, Intl.NumberFormat>();
/** A number with at most one decimal, in seconds if `seconds`; the formatters are made once per language. */
function formatNumber(locale: string, value: number, seconds?: boolean): string {
  const key = locale + (seconds ? ' s' : '');
  let format = formats.get(key);
  if (!format) {
    const unit: Intl.NumberFormatOptions = seconds ? {style: 'unit', unit: 'second', unitDisplay: 'long'} : {};
    formats.set(key, (format = new Intl.NumberFormat(locale, {maximumFractionDigits: 1, ...unit})));
  }
  return format.format(value);
}

/**
 * A paced-breathing guide: a shape grows as you breathe in and shrinks as you
 * breathe out, with the phase and a seconds count as text. It never starts by
 * itself. Timing comes from a monotonic clock and the start time, so it does
 * not drift, even over a long session.
 *
 * @tagname ms-breathing-pacer
 * @summary Slow paced breathing (the article's step 7, "inhale 4, exhale 6").
 *
 * @attr preset - `calm` (4-0-6-0, default), `box` (4-4-4-4), `4-7-8` or `resonance` (5.5-0-5.5-0).
 * @attr inhale - Seconds to breathe in, 1 to 20 (decimals allowed). Overrides the preset.
 * @attr hold-in - Seconds to hold after breathing in, 0 to 20. Overrides the preset.
 * @attr exhale - Seconds to breathe out, 1 to 20. Overrides the preset.
 * @attr hold-out - Seconds to hold after breathing out, 0 to 20. Overrides the preset.
 * @attr minutes - Length of a session, 0 to 60 (default 3). `0` means until the reader stops.
 * @attr quiet - Turns off the screen reader announcements of each phase.
 * @attr sound - Plays a soft tone at each phase change (made in the browser, no audio files).
 * @attr vibrate - One short buzz for breathing in, two for breathing out, where the device can.
 * @attr keep-awake - Keeps the screen on while breathing, where the browser allows it.
 * @attr reduced-motion - Nothing grows or moves; the shape fills and fades instead. Also on when the reader's system asks for reduced motion.
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @fires ms-breathing-start - A session started. `detail: {inhale, holdIn, exhale, holdOut, minutes}` (seconds, minutes).
 * @fires ms-breathing-phase - A new phase began. `detail: {phase, cycle, seconds}`: the phase, the number of the breath (from 1) and the phase length in seconds.
 * @fires ms-breathing-pause - The session was paused. `detail: {reason}`: `user` or `hidden` (the page was hidden) or `removed`.
 * @fires ms-breathing-resume - The session continued after a pause.
 * @fires ms-breathing-complete - The session ran its full length. `detail: {cycles, seconds}`: breaths completed and seconds of breathing.
 * @fires ms-breathing-stop - The reader (or `stop()`) ended the session early. `detail: {cycles, seconds}`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart stage - The area holding the shape and the phase text.
 * @csspart shape - The shape that grows and shrinks.
 * @csspart now - The phase word and the seconds count.
 * @csspart pattern - The list of the pattern's steps.
 * @csspart stats - Time left, breaths completed and pace.
 * @csspart message - The line saying the session is paused, stopped or finished.
 * @csspart controls - The buttons.
 * @csspart safety - The safety line.
 *
 * @cssprop --ms-accent - Colour of the shape's outline, the buttons and the focus ring.
 * @cssprop --ms-surface - Background of the widget.
 * @cssprop --ms-surface-strong - Fill of the shape and of the current step.
 * @cssprop --ms-border - Borders.
 */
export class MsBreathingPacer extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    breathingPacerStyles,
  ];

  /** `calm` (default), `box`, `4-7-8` or `resonance`. */
  @property() preset?: string;
  /** Seconds to breathe in (overrides the preset). */
  @property() inhale?: string | number;
  /** Seconds to hold after breathing in (overrides the preset). */
  @property({attribute: 'hold-in'}) holdIn?: string | number;
  /** Seconds to breathe out (overrides the preset). */
  @property() exhale?: string | number;
  /** Seconds to hold after breathing out (overrides the preset). */
  @property({attribute: 'hold-out'}) holdOut?: string | number;
  /** Length of a session in minutes (default 3); 0 runs until stopped. */
  @property() minutes?: string | number;
  /** No screen reader announcements. */
  @property({type: Boolean, reflect: true}) quiet = false;
  /** A soft tone at each phase change. */
  @property({type: Boolean, reflect: true}) sound = false;
  /** A short buzz for breathing in (one) and out (two). */
  @property({type: Boolean, reflect: true}) vibrate = false;
  /** Keeps the screen on while breathing. */
  @property({type: Boolean, reflect: true, attribute: 'keep-awake'}) keepAwake = false;
  /** Nothing grows or moves. */
  @property({type: Boolean, reflect: true, attribute: 'reduced-motion'}) reducedMotion = false;

  /** The time source (for tests). Set it before `start()`. */
  clock: PacerClock = systemClock;

  @state() private _phase: BreathingPhase = 'idle';
  @state() private _cycles = 0;
  @state() private _paused = false;
  @state() private note: Note = '';
  @state() private status = '';
  /** Milliseconds of breathing so far (pauses excluded), as of the last update. */
  @state() private elapsed = 0;

  /** Breathing time before the current stretch (since the last start or resume). */
  private banked = 0;
  /** Clock time when the current stretch began. */
  private since = 0;
  /** Breathing time at which the current breath began. */
  private cycleStart = 0;
  /** The phase lengths of the current breath in ms (changes apply from the next breath). */
  private cycle: number[] = [];
  private sessionMs = 0;
  private index = -1;
  private phaseStart = 0;
  private phaseEnd = 0;
  private timer: unknown;
  private onscreen = true;
  private observer?: IntersectionObserver;
  private anim?: Animation;
  private animKey = '';
  private audio?: AudioContext;
  private wakeLock?: Promise<WakeLockSentinel | void>;

  /** Whether breathing is in progress (false before starting, when paused, stopped or finished). */
  get running(): boolean {
    return this.active && !this._paused;
  }

  /** Whether a session is paused. */
  get paused(): boolean {
    return this._paused;
  }

  /** `idle`, `inhale`, `hold-in`, `exhale`, `hold-out` or `done`. Stays on the current phase while paused. */
  get phase(): BreathingPhase {
    return this._phase;
  }

  /** Breaths completed in the current (or last) session. */
  get cycles(): number {
    return this._cycles;
  }

  /** A session is going on (running or paused). */
  private get active(): boolean {
    return this._phase !== 'idle' && this._phase !== 'done';
  }

  /** Starts a new session (does nothing while one is running or paused). */
  start(): void {
    if (this.active) return;
    this._cycles = 0;
    this.banked = this.cycleStart = 0;
    this.index = -1;
    this.note = '';
    this.cycle = this.pattern();
    this.sessionMs = this.minutesMs();
    this._phase = 'inhale';
    this.since = this.clock.now();
    const [inhale, holdIn, exhale, holdOut] = this.cycle.map((ms) => ms / 1000);
    emit(this, 'start', {inhale, holdIn, exhale, holdOut, minutes: this.sessionMs / 60000});
    // A listener may already have paused or stopped it.
    if (this.running) this.run();
  }

  /** Pauses the session; the shape stays where it is. */
  pause(): void {
    this.hold('user');
  }

  /** Continues a paused session from where it stopped. */
  resume(): void {
    if (!this._paused) return;
    this.note = '';
    this.anim?.cancel();
    this.animKey = '';
    this.status = phaseWord(this._phase);
    emit(this, 'resume', {});
    this.run();
  }

  /** Ends the session early. */
  stop(): void {
    if (!this.active) return;
    const seconds = this.now();
    this.halt();
    this._paused = false;
    this._phase = 'idle';
    this.note = 'stopped';
    this.status = noteText('stopped');
    emit(this, 'stop', {cycles: this._cycles, seconds: Math.round(seconds) / 1000});
  }

  override disconnectedCallback(): void {
    this.hold('removed');
    this.anim?.cancel();
    this.anim = undefined;
    this.animKey = '';
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('keepAwake') && this.running) this.keepScreenOn(this.keepAwake);
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    // Off-screen, only a new announcement is worth a frame.
    return this.onscreen || !this.running || (changed.has('status') && !this.quiet);
  }

  protected override updated(): void {
    if (this.running && !this.animKey) this.visual();
  }

  /** Starts (or continues) the clock and the listeners. */
  private run(): void {
    this._paused = false;
    this.since = this.clock.now();
    document.addEventListener('visibilitychange', this.onVisibility);
    this.observer ??= new IntersectionObserver((entries) => {
      if (!this.running) return;
      this.onscreen = entries[entries.length - 1]!.isIntersecting;
      this.tick();
      this.visual();
      this.requestUpdate();
    });
    this.observer.observe(this);
    if (this.sound) this.tone();
    if (this.keepAwake) this.keepScreenOn(true);
    this.tick();
    this.visual();
  }

  /** Pauses for `reason` and tells the page. */
  private hold(reason: 'user' | 'hidden' | 'removed'): void {
    if (!this.running) return;
    const t = this.now();
    this._paused = true;
    this.elapsed = this.banked = t;
    this.halt(true);
    this.anim?.pause();
    this.note = reason === 'hidden' ? 'hidden' : 'paused';
    this.status = noteText(this.note);
    emit(this, 'pause', {reason});
  }

  /** Stops the timer, the listeners, the cues and (unless `keepShape`) the animation. */
  private halt(keepShape = false): void {
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
    this.onscreen = true;
    this.keepScreenOn(false);
    void this.audio?.close().catch(() => {});
    this.audio = undefined;
    if (!keepShape) {
      this.anim?.cancel();
      this.animKey = '';
    }
  }

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') this.hold('hidden');
  };

  /** Breathing time so far, in ms. */
  private now(): number {
    return this.running ? this.banked + this.clock.now() - this.since : this.banked;
  }

  /**
   * Works out where in the session we are from the clock alone, updates the
   * phase if a boundary has passed, and sets a timer for the next change that
   * the reader can see (a phase boundary or the next whole second).
   */
  private tick = (): void => {
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.running) return;
    const t = this.now();
    let length = sum(this.cycle);
    let changed = false;
    while (t >= this.cycleStart + length) {
      this.cycleStart += length;
      this._cycles++;
      changed = true;
      // Attribute changes take effect here, at the start of a breath.
      this.sessionMs = this.minutesMs();
      if (this.sessionMs && this.cycleStart >= this.sessionMs) return this.finish();
      this.cycle = this.pattern();
      length = sum(this.cycle);
    }
    let index = 0;
    let start = this.cycleStart;
    while (t >= start + this.cycle[index]!) start += this.cycle[index++]!;
    this.phaseStart = start;
    this.phaseEnd = start + this.cycle[index]!;
    this.elapsed = t;
    if (changed || index !== this.index) {
      this.index = index;
      const phase = PHASES[index]!;
      this._phase = phase;
      this.status = phaseWord(phase);
      this.visual();
      this.cue(phase);
      emit(this, 'phase', {phase, cycle: this._cycles + 1, seconds: this.cycle[index]! / 1000});
      if (!this.running) return; // a listener paused or stopped it
    }
    const s = this.sessionMs;
    // While breathing, the only message is "time is up" (a longer session set meanwhile takes it away).
    this.note = s && t >= s ? 'last' : '';
    let next = this.phaseEnd;
    if (this.onscreen) {
      // The seconds count and the session clock change on whole seconds.
      next = Math.min(next, this.phaseEnd - (Math.ceil((this.phaseEnd - t) / 1000) - 1) * 1000);
      if (!s) next = Math.min(next, (Math.floor(t / 1000) + 1) * 1000);
      else if (t < s) next = Math.min(next, s - (Math.ceil((s - t) / 1000) - 1) * 1000);
    }
    this.timer = this.clock.setTimeout(this.tick, Math.max(0, next - this.now()));
  };

  private finish(): void {
    this.banked = this.elapsed = this.cycleStart;
    this.halt();
    this._phase = 'done';
    this.note = 'done';
    this.status = noteText('done');
    emit(this, 'complete', {cycles: this._cycles, seconds: this.cycleStart / 1000});
  }

  /** Starts the animation of the current phase on the compositor (one per phase, no per-frame script). */
  private visual(): void {
    const key = `${this._cycles}:${this.index}`;
    if (!this.running || !this.onscreen) {
      if (this.running) {
        this.anim?.cancel();
        this.animKey = '';
      }
      return;
    }
    if (key === this.animKey) return;
    this.anim?.cancel();
    this.anim = undefined;
    const reduced = this.reducedMotion || matchMedia('(prefers-reduced-motion: reduce)').matches;
    const target = this.renderRoot.querySelector<HTMLElement>(reduced ? '.fill' : '.shape');
    if (!target) return;
    this.animKey = key;
    const phase = PHASES[this.index];
    if (phase !== 'inhale' && phase !== 'exhale') return;
    const frames: Keyframe[] = reduced ? [{opacity: 0}, {opacity: FILLED}] : [{transform: SMALL}, {transform: 'none'}];
    if (phase === 'exhale') frames.reverse();
    this.anim = target.animate(frames, {duration: this.phaseEnd - this.phaseStart, easing: 'ease-in-out'});
    this.anim.currentTime = this.now() - this.phaseStart;
  }

  /** The opt-in cues for a new phase. */
  private cue(phase: TimedPhase): void {
    if (this.sound) this.tone(phase);
    if (this.vibrate && phase !== 'hold-in' && phase !== 'hold-out') {
      navigator.vibrate?.(phase === 'inhale' ? 60 : [60, 120, 60]);
    }
  }

  /** A soft sine tone with a gentle rise and fall. Without a phase it only prepares the audio (during Start). */
  private tone(phase?: TimedPhase): void {
    try {
      const audio = (this.audio ??= new AudioContext());
      if (audio.state === 'suspended') void audio.resume().catch(() => {});
      if (!phase) return;
      const t = audio.currentTime;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = TONES[PHASES.indexOf(phase)]!;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.1, t + 0.1);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.2);
      osc.connect(gain).connect(audio.destination);
      osc.start(t);
      osc.stop(t + 1.3);
    } catch {
      // No Web Audio here: the text and the shape still guide the breathing.
    }
  }

  private keepScreenOn(on: boolean): void {
    if (on) {
      this.wakeLock ??= navigator.wakeLock?.request('screen').catch(() => {});
    } else {
      void this.wakeLock?.then((sentinel) => sentinel?.release()).catch(() => {});
      this.wakeLock = undefined;
    }
  }

  /** Seconds from an attribute: not a number or negative falls back, out of range is clamped. */
  private seconds(attribute: string, value: unknown, fallback: number, min: number, max = 20): number {
    if (value === undefined || value === null) return fallback;
    const n = typeof value === 'number' ? value : String(value).trim() ? Number(value) : NaN;
    if (!(n >= 0) || n === Infinity) {
      warnAttribute(this, attribute, this.getAttribute(attribute) ?? value, `expected a number from ${min} to ${max}. Using ${fallback}.`);
      return fallback;
    }
    return parseNumber(this, attribute, n, {min, max, fallback, clamp: true});
  }

  /** The pattern set by the attributes, in ms. */
  private pattern(): number[] {
    const preset = PRESETS[parseEnum(this, 'preset', this.preset, PRESET_NAMES, 'calm')];
    const values = [this.inhale, this.holdIn, this.exhale, this.holdOut];
    return PHASES.map((name, i) => Math.round(this.seconds(name, values[i], preset[i]!, i % 2 ? 0 : 1) * 1000));
  }

  private minutesMs(): number {
    return Math.round(this.seconds('minutes', this.minutes, 3, 0, 60) * 60000);
  }

  private onPrimary = () => {
    if (this.running) this.pause();
    else if (this._paused) this.resume();
    else this.start();
  };

  private onStop = async () => {
    this.stop();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.big')?.focus();
  };

  protected override renderContent() {
    const phase = this._phase;
    const active = this.active;
    const pattern = active ? this.cycle : this.pattern();
    const session = active ? this.sessionMs : this.minutesMs();
    const t = active || phase === 'done' ? this.elapsed : 0;
    const number = (value: number, seconds?: boolean) => formatNumber(this.locale, value, seconds);
    const clock = session ? Math.ceil(Math.max(0, session - t) / 1000) : Math.floor(t / 1000);
    const perMinute = Math.round(600000 / sum(pattern)) / 10;
    const count = active ? Math.ceil((this.phaseEnd - t) / 1000) : '';
    const label = this.running
      ? msg('Pause')
      : this._paused
        ? msg('Resume')
        : phase === 'done'
          ? msg('Go again')
          : msg('Start');
    return html`<div class="panel">
      ${this.renderTitle(msg('Slow breathing'))}
      <p class="intro">${msg('Slow breathing, with a longer breath out, is one way to calm your nervous system.')}</p>
      <p class="intro motion">${msg('Breathe in as the circle grows. Breathe out slowly as it shrinks.')}</p>
      <p class="intro still">${msg('Breathe in as the circle fills. Breathe out slowly as it fades.')}</p>
      <div class="stage" part="stage" data-phase=${phase}>
        <div class="shape" part="shape"><div class="fill"></div></div>
        <p class="now" part="now">
          <span class="word">${phaseWord(phase)}</span>
          <span class="count">${count}</span>
        </p>
      </div>
      <ol class="pattern" part="pattern">
        ${PHASES.map((name, i) =>
          pattern[i]
            ? html`<li aria-current=${active && name === phase ? 'step' : nothing}>
                ${patternStep(name, number(pattern[i]! / 1000, true))}
              </li>`
            : ''
        )}
      </ol>
      <dl class="stats" part="stats">
        <div>
          <dt>${session ? msg('Time left') : msg('Time')}</dt>
          <dd><time datetime="PT${clock}S">${Math.floor(clock / 60)}:${String(clock % 60).padStart(2, '0')}</time></dd>
        </div>
        <div>
          <dt>${msg('Breaths')}</dt>
          <dd>${number(this._cycles)}</dd>
        </div>
        <div>
          <dt>${msg('Pace')}</dt>
          <dd>${paceText(number(perMinute), new Intl.PluralRules(this.locale).select(perMinute))}</dd>
        </div>
      </dl>
      <p class="message" part="message" ?hidden=${!this.note}>${noteText(this.note)}</p>
      <div class="controls" part="controls">
        <button class="button big" type="button" @click=${this.onPrimary}>${label}</button>
        ${active ? html`<button class="button secondary" type="button" @click=${this.onStop}>${msg('Stop')}</button>` : ''}
      </div>
      <p class="safety" part="safety">${msg('If you feel dizzy or light-headed, stop and breathe normally.')}</p>
      <div role="status" class="visually-hidden">${this.quiet ? '' : this.status}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-breathing-pacer': MsBreathingPacer;
  }
}
