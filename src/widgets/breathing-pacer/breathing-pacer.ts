import {type PropertyValues} from 'lit';
import {state} from 'lit/decorators.js';
import {parseNumber} from '../../core/attributes.js';
import {PacerAttributes} from './pacer-attributes.js';
import {msg} from '../../core/localize.js';
import {type BreathingPhase, type Note, phaseWord, PHASES, type Preset, type Said, type TimedPhase} from './content.js';
import {translations} from '../../generated/translations/breathing-pacer.js';
import {breathingPacerStyles} from './breathing-pacer.styles.js';
import {Countdown, PacerEngine, type PacerClock, systemClock} from './engine.js';
import {ReaderChoices} from './choices.js';
import {CueController} from './cue-controller.js';
import {emit} from './format.js';
import {animatePhase, ShapeAnimator} from './shape.js';
import {localVoice, speech} from './voice.js';
import {type PacerHandlers, renderPacer} from './view.js';
import {controlStyles} from '../../core/control-styles.js';

export type {BreathingPhase, PacerClock, Preset};
export {systemClock};

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
export class MsBreathingPacer extends PacerAttributes {
  static override translations = translations;

  static override styles = [...PacerAttributes.styles, controlStyles, breathingPacerStyles];

  /** The time source (for tests). Set it before `start()`. */
  clock: PacerClock = systemClock;

  @state() private note: Note = '';
  /** What the status region says, as keys (the text is made when rendering). */
  @state() private said: Said = {kind: 'none'};
  /** Milliseconds of breathing so far, as of the last update (a change re-renders). */
  @state() private elapsed = 0;
  @state() private voices = 0;

  private choices = new ReaderChoices(this);
  private cueing = new CueController({
    tones: () => this.sound || this.choices.eyesClosed,
    vibrate: () => this.vibrate,
    keepAwake: () => this.keepAwake,
    voice: () => (this.choices.speak ? this.voice() : undefined),
    word: (phase) => this.inOwnLanguage(() => phaseWord(phase)),
  });
  private engine = new PacerEngine({
    pattern: () => this.choices.pattern(),
    length: () => this.choices.sessionLength(),
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
  private shape = new ShapeAnimator();

  /** Breaths completed in the current (or last) session. */
  get cycles(): number {
    return this.engine.cycles;
  }

  /** Starts a new session, after the countdown (does nothing while one is counting down, running or paused). */
  start(): void {
    if (this.active || this.counting) return;
    this.note = '';
    this.cueing.begin();
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
    this.shape.cancel();
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
    this.shape.cancel();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.cueing.preload(this.choices.speak);
    if (changed.has('keepAwake') && this.running) this.cueing.keepScreenOn(this.keepAwake);
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    // Off-screen, only a new announcement is worth a frame.
    return this.onscreen || !this.running || (changed.has('said') && !this.quiet);
  }

  protected override updated(): void {
    if (this.running && !this.shape.started) this.visual();
  }

  /** Resolves after the cues (if wanted) are loaded, any translation load and the next render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.cueing.loading) {
      await this.cueing.loading;
      result = await super.getUpdateComplete();
    }
    return result;
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
    this.cueing.halt();
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
    this.cueing.begin();
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
    this.shape.pause();
    this.note = reason === 'hidden' ? 'hidden' : 'paused';
    this.said = {kind: 'note', note: this.note};
    emit(this, 'pause', {reason});
  }

  /** Stops the clock, the listeners, the cues and (unless `keepShape`) the animation. */
  private halt(keepShape = false): void {
    this.engine.hold();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
    this.onscreen = true;
    this.cueing.halt();
    if (!keepShape) {
      this.shape.cancel();
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
    this.cueing.phase(phase);
    emit(this, 'phase', {phase, cycle, seconds: ms / 1000});
  }

  private finish(cycles: number, ms: number): void {
    this.elapsed = ms;
    this.cueing.end();
    this.halt();
    this._phase = 'done';
    this.note = 'done';
    this.said = {kind: 'note', note: 'done'};
    emit(this, 'complete', {cycles, seconds: ms / 1000});
  }

  /** Starts the animation of the current phase on the compositor (one per phase, no per-frame script). */
  private visual(): void {
    const {engine} = this;
    if (!this.running || !this.onscreen) {
      if (this.running) this.shape.cancel();
      return;
    }
    this.shape.show(`${engine.cycles}:${engine.index}`, () => {
      const reduced = this.reducedMotion || matchMedia('(prefers-reduced-motion: reduce)').matches;
      const target = this.renderRoot.querySelector<HTMLElement>(reduced ? '.fill' : '.shape');
      const into = engine.now() - engine.phaseStart;
      return !!target && animatePhase(target, PHASES[engine.index]!, reduced, engine.phaseEnd - engine.phaseStart, into);
    });
  }

  /** The voice for spoken cues, if the reader may have them here. */
  private voice(): SpeechSynthesisVoice | undefined {
    return this.noVoice ? undefined : localVoice(this.locale, this.languageTag);
  }

  private changePace(direction: -1 | 1): void {
    const next = this.choices.step(direction);
    if (next !== undefined) this.said = {kind: 'pace', perMinute: Math.round(next * 10) / 10};
  }

  private handlers: PacerHandlers = {
    primary: () => this.onPrimary(),
    stop: () => void this.onStop(),
    slower: () => this.changePace(-1),
    faster: () => this.changePace(1),
    length: (event) => this.choices.chooseLength((event.target as HTMLSelectElement).value),
    speak: () => {
      this.choices.toggleSpeak();
      if (!this.choices.speak) this.cueing.silence();
    },
    eyesClosed: () => this.choices.toggleEyesClosed(),
  };

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
    const {engine, choices} = this;
    const active = this.active;
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
      pattern: active ? engine.cycle : choices.pattern(),
      length: active ? engine.limit : choices.sessionLength(),
      elapsed: active || this._phase === 'done' ? this.elapsed : 0,
      phaseEnd: engine.phaseEnd,
      cycles: engine.cycles,
      note: this.note,
      said: this.said,
      quiet: this.quiet,
      fixed: this.fixed,
      choices,
      voice: !!voice,
      noVoice: !this.noVoice && !voice,
      on: this.handlers,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-breathing-pacer': MsBreathingPacer;
  }
}
