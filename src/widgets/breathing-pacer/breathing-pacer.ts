import {type PropertyValues} from 'lit';
import {state} from 'lit/decorators.js';
import {PacerAttributes} from './pacer-attributes.js';
import {type BreathingPhase, type Note, type Preset, type Said} from './content.js';
import {translations} from '../../generated/translations/breathing-pacer.js';
import {breathingPacerStyles} from './breathing-pacer.styles.js';
import {type PacerClock, systemClock} from './clock.js';
import {ReaderChoices} from './choices.js';
import {loadSession, sessionModule} from './load-session.js';
import type {PacerSession, SessionHost} from './session.js';
import {localVoice, speech} from './voice.js';
import {type PacerHandlers, type PacerViewHost, renderPacer} from './view.js';
import {primaryButtonStyles} from '../../core/button-styles.js';
import {panelStyles} from '../../core/panel-styles.js';

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

  static override styles = [...PacerAttributes.styles, panelStyles, primaryButtonStyles, breathingPacerStyles];

  /** The time source (for tests). Set it before `start()`. */
  clock: PacerClock = systemClock;

  @state() protected note: Note = '';
  /** What the status region says, as keys (the text is made when rendering). */
  @state() protected said: Said = {kind: 'none'};
  /** Milliseconds of breathing so far, as of the last update (a change re-renders). */
  @state() protected elapsed = 0;
  @state() private voices = 0;

  private choices = new ReaderChoices(this);
  /**
   * The running half (countdown, engine, animation, cues), loaded when the
   * widget is first about to be used; nothing runs before it is here.
   */
  private session?: PacerSession;
  /** Start was asked for while the session was still loading. */
  private starting?: Promise<void>;
  /** The voice found for the last language, until the device's voices change. */
  private foundVoice?: [string, SpeechSynthesisVoice | undefined];

  /** Breaths completed in the current (or last) session. */
  get cycles(): number {
    return this.session?.engine.cycles ?? 0;
  }

  /** Starts a new session, after the countdown (does nothing while one is counting down, running or paused). */
  start(): void {
    if (this.useSession()) return this.session!.start();
    // The first press before the code has arrived: it starts as soon as it is here.
    this.starting ??= loadSession().then(() => {
      this.starting = undefined;
      if (!this.isConnected) return; // removed while it loaded: nothing starts off the page
      if (this.useSession()) return this.session!.start();
      // Offline: say so; pressing Start again tries again.
      this.note = 'unavailable';
      this.said = {kind: 'note', note: 'unavailable'};
    });
  }

  /** Pauses the session; the shape stays where it is. */
  pause(): void {
    this.session?.hold('user');
  }

  /** Continues a paused session from where it stopped. */
  resume(): void {
    this.session?.resume();
  }

  /** Ends the session early (or cancels the countdown). */
  stop(): void {
    this.session?.stop();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    speech()?.addEventListener?.('voiceschanged', this.onVoices);
    // The pointer or the focus on the widget: the reader may press Start next.
    for (const type of ['pointerdown', 'focusin']) this.addEventListener(type, this.prepare);
  }

  override disconnectedCallback(): void {
    speech()?.removeEventListener?.('voiceschanged', this.onVoices);
    this.session?.disconnect();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Once its code is here, the session is made (and loads the cues that are on ahead of time).
    if (this.useSession()) this.session!.willUpdate(changed);
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    // With `persist`, the first paint waits for the saved choices (no flash of other values).
    if (!this.hasUpdated && this.choices.loading) return false;
    return this.session?.shouldUpdate(changed) ?? true;
  }

  protected override firstUpdated(): void {
    // Once the first paint is on screen, the rest is fetched while the reader reads.
    const idle = (globalThis as {requestIdleCallback?: (fn: () => void, o: object) => void}).requestIdleCallback;
    if (idle) idle(this.prepare, {timeout: 3000});
    else setTimeout(this.prepare, 1000);
  }

  protected override updated(): void {
    this.session?.updated();
  }

  /** Resolves after the saved choices, the session and the cues (if asked for) are loaded, any translation load and the next render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    let wait: Promise<unknown> | undefined;
    while ((wait = this.choices.loading ?? this.starting ?? this.session?.cueing.loading)) {
      await wait;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Makes the session if its code has arrived; whether there is one. */
  private useSession(): boolean {
    const module = sessionModule();
    if (module) this.session ??= new module.PacerSession(this as unknown as SessionHost);
    return !!this.session;
  }

  /** Loads the session ahead of its use (never before the first paint). */
  private prepare = () => {
    if (this.hasUpdated && this.isConnected && !this.session) void loadSession().then(() => this.isConnected && this.requestUpdate());
  };

  private onVoices = () => {
    this.foundVoice = undefined;
    this.voices++;
  };

  /** The voice for spoken cues, if the reader may have them here. */
  protected voice(): SpeechSynthesisVoice | undefined {
    if (this.noVoice) return undefined;
    const key = `${this.locale} ${this.languageTag}`;
    if (this.foundVoice?.[0] !== key) this.foundVoice = [key, localVoice(this.locale, this.languageTag)];
    return this.foundVoice[1];
  }

  private changePace(direction: -1 | 1): void {
    const next = this.choices.step(direction);
    if (next !== undefined) this.said = {kind: 'pace', perMinute: Math.round(next * 10) / 10};
  }

  protected handlers: PacerHandlers = {
    primary: () => (this.session ? this.session.primary() : this.start()),
    // Stop goes away with the session: the focus moves to the big button rather than being lost.
    stop: async () => {
      this.stop();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.big')?.focus();
    },
    slower: () => this.changePace(-1),
    faster: () => this.changePace(1),
    length: (event) => this.choices.chooseLength((event.target as HTMLSelectElement).value),
    speak: () => {
      this.choices.toggleSpeak();
      if (!this.choices.speak) this.session?.cueing.silence();
    },
    eyesClosed: () => this.choices.toggleEyesClosed(),
  };

  protected override renderContent() {
    void this.voices; // a change of the device's voices renders again
    return renderPacer(this as unknown as PacerViewHost);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-breathing-pacer': MsBreathingPacer;
  }
}
