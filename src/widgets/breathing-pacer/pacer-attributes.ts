import {property, state} from 'lit/decorators.js';
import type {BreathingPhase} from './content.js';
import {MsHeadedElement} from '../../core/base-element.js';

/**
 * The attributes and the public state of <ms-breathing-pacer> (documented on
 * the element itself), apart from its behaviour so that each file stays small.
 */
export class PacerAttributes extends MsHeadedElement {
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

  @state() protected _phase: BreathingPhase = 'idle';
  @state() protected _paused = false;
  /** Seconds left in the countdown (0 = none). */
  @state() protected counting = 0;

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

  /** Seconds left in the countdown before the first breath (0 when there is none). */
  get countingDown(): number {
    return this.counting;
  }

  /** A session is going on (running or paused). */
  protected get active(): boolean {
    return this._phase !== 'idle' && this._phase !== 'done';
  }
}
