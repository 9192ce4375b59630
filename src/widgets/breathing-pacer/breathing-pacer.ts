import {type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {parseNumber} from '../../core/attributes.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {msg} from '../../core/localize.js';
import {PrivateStore} from '../../behaviors/storage.js';
import {type BreathingPhase, type Note, phaseWord, PHASES, type Preset, type Said, type TimedPhase} from './content.js';
import {translations} from '../../generated/translations/breathing-pacer.js';
import {breathingPacerStyles} from './breathing-pacer.styles.js';
import {Countdown, PacerEngine, type PacerClock, systemClock} from './engine.js';
import type {Cues} from './cues.js';
import {animatePhase} from './shape.js';
import * as settings from './settings.js';
import {localVoice, speech} from './voice.js';
import {renderPacer} from './view.js';

export type {BreathingPhase, PacerClock, Preset};
export {systemClock};

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
 * not drift, even over a long session. The reader can choose the pace (within
 * the host's limits) and the session length, hear the cues spoken by a voice
 * on the device, and follow a whole session with eyes closed.
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
 * @attr breaths - Length of a session in breaths, 1 to 500 (instead of `minutes`).
 * @attr countdown - Seconds of "Get ready" before the first breath, 0 to 10 (default 3; `0` for none). The reader can skip it.
 * @attr min-rate - Slowest pace the reader can choose, in breaths a minute (default 4). Bounds only the reader's control.
 * @attr max-rate - Fastest pace the reader can choose, in breaths a minute (default 10).
 * @attr fixed - Hides the reader's pace and session-length choices: the host's pattern and length are used.
 * @attr no-voice - Never offers spoken cues.
 * @attr persist - Keeps the reader's choices (pace, length, spoken cues, eyes closed) in this browser's storage.
 * @attr quiet - Turns off the screen reader announcements of each phase.
 * @attr sound - Plays a soft tone at each phase change, and a distinct one at the end (made in the browser, no audio files).
 * @attr vibrate - One short buzz for breathing in, two for breathing out, where the device can.
 * @attr keep-awake - Keeps the screen on while breathing, where the browser allows it.
 * @attr reduced-motion - Nothing grows or moves; the shape fills and fades instead. Also on when the reader's system asks for reduced motion.
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @fires ms-breathing-start - A session started (at its first breath, after the countdown). `detail: {inhale, holdIn, exhale, holdOut, minutes}` (seconds, minutes).
 * @fires ms-breathing-phase - A new phase began. `detail: {phase, cycle, seconds}`: the phase, the number of the breath (from 1) and the phase length in seconds.
 * @fires ms-breathing-pause - The session was paused. `detail: {reason}`: `user` or `hidden` (the page was hidden) or `removed`.
 * @fires ms-breathing-resume - The session continued after a pause.
 * @fires ms-breathing-complete - The session ran its full length. `detail: {cycles, seconds}`: breaths completed and seconds of breathing.
 * @fires ms-breathing-stop - The reader (or `stop()`) ended the session early. `detail: {cycles, seconds}`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart stage - The area holding the shape and the seconds count.
 * @csspart shape - The shape that grows and shrinks.
 * @csspart count - The seconds count inside the shape.
 * @csspart now - The phase word, under the shape.
 * @csspart pattern - The list of the pattern's steps.
 * @csspart stats - Time left, breaths completed and pace.
 * @csspart message - The line saying the session is paused, stopped or finished.
 * @csspart controls - The buttons.
 * @csspart choices - The reader's pace, length and cue choices.
 * @csspart safety - The safety line.
 *
 * @cssprop --ms-accent - Colour of the shape's outline, the buttons and the focus ring.
 * @cssprop --ms-surface - Background of the widget.
 * @cssprop --ms-surface-strong - Fill of the shape and of the current step.
 * @cssprop --ms-border - Borders.
 */
export class MsBreathingPacer extends MsHeadedElement {
  static override translations = translations;

  static override styles = [...MsHeadedElement.styles, breathingPacerStyles];

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
  /** Length of a session in breaths (instead of minutes). */
  @property() breaths?: string | number;
  /** Seconds of countdown before the first breath (default 3, 0 for none). */
  @property() countdown?: string | number;
  /** Slowest pace the reader can choose, breaths a minute (default 4). */
  @property({attribute: 'min-rate'}) minRate?: string | number;
  /** Fastest pace the reader can choose, breaths a minute (default 10). */
  @property({attribute: 'max-rate'}) maxRate?: string | number;
  /** Hides the reader's pace and length choices. */
  @property({type: Boolean, reflect: true}) fixed = false;
  /** Never offers spoken cues. */
  @property({type: Boolean, reflect: true, attribute: 'no-voice'}) noVoice = false;
  /** Keeps the reader's choices in this browser. */
  @property({type: Boolean, reflect: true}) persist = false;
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
  @state() private _paused = false;
  @state() private note: Note = '';
  /** What the status region says, as keys (the text is made when rendering). */
  @state() private said: Said = {kind: 'none'};
  /** Milliseconds of breathing so far, as of the last update (a change re-renders). */
  @state() private elapsed = 0;
  /** Seconds left in the countdown (0 = none). */
  @state() private counting = 0;
  /** The reader's pace (breaths a minute) and session length; undefined = the host's. */
  @state() private rate?: number;
  @state() private length?: string;
  @state() private speak = false;
  @state() private eyesClosed = false;
  @state() private voices = 0;

  private engine = new PacerEngine({
    pattern: () => this.pattern(),
    length: () => settings.lengthOf(this.lengthKey()),
    phase: (index, cycle, ms) => this.onPhase(PHASES[index]!, cycle, ms),
    changed: () => {
      this.elapsed = this.engine.elapsed;
      this.note = this.engine.lastBreath ? 'last' : '';
    },
    finished: (cycles, ms) => this.finish(cycles, ms),
  });
  private countdownTimer?: Countdown;
  private onscreen = true;
  private observer?: IntersectionObserver;
  private anim?: Animation;
  private animKey = '';
  private cues?: Cues;
  private cuesLoading?: Promise<void>;
  private spoke = false;
  private store?: PrivateStore<settings.Choices>;

  /** Whether breathing is in progress (false before starting, during the countdown, when paused, stopped or finished). */
  get running(): boolean {
    return this.active && !this._paused;
  }

  /** Whether a session is paused. */
  get paused(): boolean {
    return this._paused;
  }

  /** `idle`, `inhale`, `hold-in`, `exhale`, `hold-out` or `done`. Stays on the current phase while paused; `idle` during the countdown. */
  get phase(): BreathingPhase {
    return this._phase;
  }

  /** Breaths completed in the current (or last) session. */
  get cycles(): number {
    return this.engine.cycles;
  }

  /** Seconds left in the countdown before the first breath (0 when there is none). */
  get countingDown(): number {
    return this.counting;
  }

  /** A session is going on (running or paused). */
  private get active(): boolean {
    return this._phase !== 'idle' && this._phase !== 'done';
  }

  /** Starts a new session, after the countdown (does nothing while one is counting down, running or paused). */
  start(): void {
    if (this.active || this.counting) return;
    this.note = '';
    if (this.wantsTones()) this.withCues((cues) => cues.prepareSound());
    const seconds = parseNumber(this, 'countdown', this.countdown ?? undefined, {min: 0, max: 10, fallback: 3, integer: true, clamp: true});
    if (!seconds) return this.begin();
    this.engine.cycles = 0;
    this._phase = 'idle';
    this.countdownTimer = new Countdown(
      this.clock,
      (left) => {
        this.counting = left;
        this.said = {kind: 'count', seconds: left};
      },
      () => {
        this.counting = 0;
        this.begin();
      }
    );
    document.addEventListener('visibilitychange', this.onVisibility);
    this.countdownTimer.start(seconds);
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
    this.said = {kind: 'phase', phase: this._phase};
    emit(this, 'resume', {});
    this.run();
  }

  /** Ends the session early (or cancels the countdown). */
  stop(): void {
    if (this.counting) return this.cancelCountdown();
    if (!this.active) return;
    const seconds = this.engine.now();
    this.halt();
    this._paused = false;
    this._phase = 'idle';
    this.note = 'stopped';
    this.said = {kind: 'note', note: 'stopped'};
    emit(this, 'stop', {cycles: this.engine.cycles, seconds: Math.round(seconds) / 1000});
  }

  override connectedCallback(): void {
    super.connectedCallback();
    speech()?.addEventListener?.('voiceschanged', this.onVoices);
  }

  override disconnectedCallback(): void {
    speech()?.removeEventListener?.('voiceschanged', this.onVoices);
    this.cancelCountdown();
    this.hold('removed');
    this.anim?.cancel();
    this.anim = undefined;
    this.animKey = '';
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('persist')) this.loadChoices();
    if (this.sound || this.vibrate || this.keepAwake || this.speak || this.eyesClosed) this.withCues(() => {});
    if (changed.has('keepAwake') && this.running) this.withCues((cues) => cues.keepScreenOn(this.keepAwake));
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    // Off-screen, only a new announcement is worth a frame.
    return this.onscreen || !this.running || (changed.has('said') && !this.quiet);
  }

  protected override updated(): void {
    if (this.running && !this.animKey) this.visual();
  }

  /** Resolves after the cues (if wanted) are loaded, any translation load and the next render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.cuesLoading) {
      await this.cuesLoading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Runs `use` with the cues, loading them first the first time. */
  private withCues(use: (cues: Cues) => void): void {
    if (this.cues) return use(this.cues);
    this.cuesLoading ??= import('./cues.js').then(
      (module) => {
        this.cues ??= new module.Cues();
        this.cuesLoading = undefined;
      },
      () => {
        this.cuesLoading = undefined;
      }
    );
    void this.cuesLoading.then(() => this.cues && use(this.cues));
  }

  /** The first breath: the timing contract (start event, phase schedule) begins here. */
  private begin(): void {
    this.countdownTimer = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.engine.prepare();
    this._paused = false;
    this._phase = 'inhale';
    const [inhale, holdIn, exhale, holdOut] = this.engine.cycle.map((ms) => ms / 1000);
    emit(this, 'start', {inhale, holdIn, exhale, holdOut, minutes: this.engine.limit.ms / 60000});
    // A listener may already have paused or stopped it.
    if (this.running) this.run();
  }

  private cancelCountdown(): void {
    if (!this.countdownTimer) return;
    this.countdownTimer.cancel();
    this.countdownTimer = undefined;
    this.counting = 0;
    this.said = {kind: 'none'};
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Starts (or continues) the clock and the listeners. */
  private run(): void {
    this._paused = false;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.observer ??= new IntersectionObserver((entries) => {
      if (!this.running) return;
      this.onscreen = this.engine.fine = entries[entries.length - 1]!.isIntersecting;
      this.engine.refresh();
      this.visual();
      this.requestUpdate();
    });
    this.observer.observe(this);
    if (this.wantsTones()) this.withCues((cues) => cues.prepareSound());
    if (this.keepAwake) this.withCues((cues) => cues.keepScreenOn(true));
    this.engine.clock = this.clock;
    this.engine.fine = this.onscreen;
    this.engine.run();
    this.visual();
  }

  /** Pauses for `reason` and tells the page. */
  private hold(reason: 'user' | 'hidden' | 'removed'): void {
    if (!this.running) return;
    this.elapsed = this.engine.hold();
    this._paused = true;
    this.halt(true);
    this.anim?.pause();
    this.note = reason === 'hidden' ? 'hidden' : 'paused';
    this.said = {kind: 'note', note: this.note};
    emit(this, 'pause', {reason});
  }

  /** Stops the clock, the listeners, the cues and (unless `keepShape`) the animation. */
  private halt(keepShape = false, soundDelay = 0): void {
    this.engine.hold();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
    this.onscreen = true;
    this.cues?.keepScreenOn(false);
    this.cues?.closeSound(soundDelay);
    if (this.spoke && !soundDelay) this.cues?.silence();
    this.spoke = false;
    if (!keepShape) {
      this.anim?.cancel();
      this.animKey = '';
    }
  }

  private onVisibility = () => {
    if (document.visibilityState !== 'hidden') return;
    if (this.counting) this.cancelCountdown();
    else this.hold('hidden');
  };

  private onVoices = () => {
    this.voices++;
  };

  private onPhase(phase: TimedPhase, cycle: number, ms: number): void {
    this._phase = phase;
    this.said = {kind: 'phase', phase};
    this.visual();
    this.cue(phase);
    emit(this, 'phase', {phase, cycle, seconds: ms / 1000});
  }

  private finish(cycles: number, ms: number): void {
    this.elapsed = ms;
    if (this.wantsTones()) this.cues?.endTone();
    this.speakWord('done');
    this.halt(false, 2000);
    this._phase = 'done';
    this.note = 'done';
    this.said = {kind: 'note', note: 'done'};
    emit(this, 'complete', {cycles, seconds: ms / 1000});
  }

  /** Starts the animation of the current phase on the compositor (one per phase, no per-frame script). */
  private visual(): void {
    const {engine} = this;
    const key = `${engine.cycles}:${engine.index}`;
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
    const phase = PHASES[engine.index]!;
    this.anim = animatePhase(target, phase, reduced, engine.phaseEnd - engine.phaseStart, engine.now() - engine.phaseStart);
  }

  /** Tones are wanted: the host's `sound`, or the reader's eyes-closed mode. */
  private wantsTones(): boolean {
    return this.sound || this.eyesClosed;
  }

  /** The voice for spoken cues, if the reader may have them here. */
  private voice(): SpeechSynthesisVoice | undefined {
    return this.noVoice ? undefined : localVoice(this.locale, this.languageTag);
  }

  private speakWord(phase: BreathingPhase): void {
    const voice = this.speak ? this.voice() : undefined;
    if (!voice) return;
    this.spoke = true;
    this.withCues((cues) => cues.speak(this.inOwnLanguage(() => phaseWord(phase)), voice));
  }

  /** The opt-in cues for a new phase. */
  private cue(phase: TimedPhase): void {
    if (this.wantsTones()) this.withCues((cues) => cues.tone(phase));
    if (this.vibrate) this.withCues((cues) => cues.vibrate(phase));
    this.speakWord(phase);
  }

  private hostPattern(): number[] {
    return settings.hostPattern(this, this.preset, [this.inhale, this.holdIn, this.exhale, this.holdOut]);
  }

  /** The pattern of the next breath: the host's, at the reader's pace. */
  private pattern(): number[] {
    const host = this.hostPattern();
    if (this.fixed || this.rate === undefined) return host;
    const limits = settings.rateLimits(this, this.minRate, this.maxRate);
    return settings.scalePattern(host, Math.min(limits.max, Math.max(limits.min, this.rate)));
  }

  private hostLengthKey(): string {
    return settings.hostLength(this, this.minutes, this.breaths);
  }

  private lengthKey(): string {
    return (!this.fixed && this.length) || this.hostLengthKey();
  }

  private loadChoices(): void {
    this.store = this.persist ? new PrivateStore(this, 'breathing-pacer', 1, settings.isChoices) : undefined;
    const saved = this.store?.load();
    if (!saved) return;
    this.rate = saved.rate ?? this.rate;
    this.length = saved.length ?? this.length;
    this.speak = saved.speak ?? this.speak;
    this.eyesClosed = saved.eyesClosed ?? this.eyesClosed;
  }

  private saveChoices(): void {
    this.store?.save({rate: this.rate, length: this.length, speak: this.speak, eyesClosed: this.eyesClosed});
  }

  private changePace(direction: -1 | 1): void {
    const next = settings.stepRate(settings.ratePerMinute(this.pattern()), direction, settings.rateLimits(this, this.minRate, this.maxRate));
    if (next === undefined) return;
    this.rate = next;
    this.said = {kind: 'pace', perMinute: Math.round(next * 10) / 10};
    this.saveChoices();
  }

  private onPrimary = () => {
    if (this.counting) {
      this.countdownTimer?.cancel();
      this.counting = 0;
      this.begin();
    } else if (this.running) this.pause();
    else if (this._paused) this.resume();
    else this.start();
  };

  private onStop = async () => {
    this.stop();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.big')?.focus();
  };

  protected override renderContent() {
    const {engine} = this;
    const active = this.active;
    const pattern = active ? engine.cycle : this.pattern();
    const length = active ? engine.limit : settings.lengthOf(this.lengthKey());
    const t = active || this._phase === 'done' ? this.elapsed : 0;
    const number = (value: number, seconds?: boolean) => formatNumber(this.locale, value, seconds);
    const limits = settings.rateLimits(this, this.minRate, this.maxRate);
    const upcoming = settings.ratePerMinute(this.pattern());
    const voice = this.voice();
    void this.voices;
    return renderPacer({
      locale: this.locale,
      title: this.renderTitle(msg('Slow breathing')),
      phase: this._phase,
      counting: this.counting,
      active,
      running: this.running,
      paused: this._paused,
      pattern,
      clock: length.ms ? Math.ceil(Math.max(0, length.ms - t) / 1000) : Math.floor(t / 1000),
      countsDown: length.ms > 0,
      cycles: engine.cycles,
      breaths: length.breaths,
      perMinute: Math.round(upcoming * 10) / 10,
      count: active ? Math.ceil((engine.phaseEnd - t) / 1000) : '',
      note: this.note,
      said: this.said,
      quiet: this.quiet,
      choices: !this.fixed,
      canSlower: settings.stepRate(upcoming, -1, limits) !== undefined,
      canFaster: settings.stepRate(upcoming, 1, limits) !== undefined,
      lengthKey: this.lengthKey(),
      lengths: settings.lengthChoices(this.hostLengthKey(), this.locale, (n) => number(n)),
      speakOffered: !!voice,
      noVoice: !this.noVoice && !voice,
      speak: this.speak && !!voice,
      eyesClosed: this.eyesClosed,
      number,
      on: {
        primary: this.onPrimary,
        stop: this.onStop,
        slower: () => this.changePace(-1),
        faster: () => this.changePace(1),
        length: (event) => {
          this.length = (event.target as HTMLSelectElement).value;
          this.saveChoices();
        },
        speak: () => {
          this.speak = !this.speak;
          if (!this.speak) this.cues?.silence();
          this.saveChoices();
        },
        eyesClosed: () => {
          this.eyesClosed = !this.eyesClosed;
          this.saveChoices();
        },
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-breathing-pacer': MsBreathingPacer;
  }
}
