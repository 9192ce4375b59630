/**
 * The reader's own choices (pace, session length, spoken cues, eyes closed)
 * on top of the host's settings, kept in this browser only with `persist`
 * (the storage code, stored-choices.ts, is loaded with `import()` only then).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {SessionLength} from './engine.js';
import * as settings from './settings.js';

/** The host's attributes the choices build on. */
export interface ChoicesHost extends ReactiveControllerHost, HTMLElement {
  preset?: string;
  inhale?: string | number;
  holdIn?: string | number;
  exhale?: string | number;
  holdOut?: string | number;
  minutes?: string | number;
  breaths?: string | number;
  minRate?: string | number;
  maxRate?: string | number;
  fixed: boolean;
  persist: boolean;
}

export class ReaderChoices implements ReactiveController {
  /** Breaths a minute the reader chose (undefined = the host's pattern as it is). */
  rate?: number;
  /** Session length the reader chose, as a key (see settings.ts), or undefined. */
  length?: string;
  speak = false;
  eyesClosed = false;
  /** While the storage code loads (with `persist`): the element waits for it before its first paint. */
  loading?: Promise<void>;
  /** With `persist`, once the storage code is here: saves the choices (stored-choices.ts). */
  store?: {save(): void};
  /** The reader chose something before the saved choices arrived: theirs are kept. */
  touched = false;
  private persisting = false;

  constructor(private readonly host: ChoicesHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.persist === this.persisting) return;
    this.persisting = this.host.persist;
    this.store = undefined;
    if (!this.persisting) return;
    this.loading ??= import('./stored-choices.js')
      .then(({keepChoices}) => this.persisting && !this.store && keepChoices(this, this.host, settings.isLengthKey))
      // No storage code (offline): the choices work, they are just not kept.
      .catch(() => {})
      .then(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
  }

  private changed(): void {
    this.touched = true;
    this.store?.save();
    this.host.requestUpdate();
  }

  limits(): settings.RateLimits {
    return settings.rateLimits(this.host);
  }

  /** The pattern of the next breath, in ms: the host's, at the reader's pace. */
  pattern(): number[] {
    const own = settings.hostPattern(this.host);
    if (this.host.fixed || this.rate === undefined) return own;
    const {min, max} = this.limits();
    return settings.scalePattern(own, Math.min(max, Math.max(min, this.rate)));
  }

  /** Breaths a minute of the next breath. */
  perMinute(): number {
    return settings.ratePerMinute(this.pattern());
  }

  /** Whether the pace can go slower (-1) or faster (+1) from `rate` (default: the pace of the next breath). */
  canStep(direction: -1 | 1, rate = this.perMinute()): boolean {
    return settings.stepRate(rate, direction, this.limits()) !== undefined;
  }

  /** Half a breath a minute slower or faster; returns the new pace, or undefined at a limit. */
  step(direction: -1 | 1): number | undefined {
    const next = settings.stepRate(this.perMinute(), direction, this.limits());
    if (next === undefined) return undefined;
    this.rate = next;
    this.changed();
    return next;
  }

  hostLengthKey(): string {
    return settings.hostLength(this.host);
  }

  lengthKey(): string {
    return (!this.host.fixed && this.length) || this.hostLengthKey();
  }

  sessionLength(): SessionLength {
    return settings.lengthOf(this.lengthKey());
  }

  chooseLength(key: string): void {
    if (!settings.isLengthKey(key)) return;
    this.length = key;
    this.changed();
  }

  toggleSpeak(): void {
    this.speak = !this.speak;
    this.changed();
  }

  toggleEyesClosed(): void {
    this.eyesClosed = !this.eyesClosed;
    this.changed();
  }
}
