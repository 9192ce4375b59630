/**
 * The pacer's timing, with no DOM: where in a session we are, worked out from
 * a monotonic clock and the start time alone, so it never drifts. The element
 * renders what the engine says; tests drive it with their own clock.
 * Loaded with the session (session.ts), when the reader first starts.
 */
import type {PacerClock} from './clock.js';

export type {PacerClock};

/**
 * The length of one breath in ms. Its own copy of settings.ts's `sum` (one
 * line): this module loads with the session, and each name the session takes
 * from the widget's first-paint file is one more export of that file.
 */
const total = (cycle: readonly number[]) => cycle.reduce((a, b) => a + b, 0);

/** How long a session lasts: in ms of breathing, or in breaths (0 = no limit of that kind). */
export interface SessionLength {
  ms: number;
  breaths: number;
}

/** What the engine asks the element and tells it. */
export interface EngineHost {
  /** The phase lengths (in, hold, out, hold) of the next breath, in ms. Asked at the start of every breath. */
  pattern(): number[];
  /** The session length, asked at the start of every breath (changes apply from the next breath). */
  length(): SessionLength;
  /** A new phase began (`index` into the pattern, `cycle` from 1). The host may pause or stop here. */
  phase(index: number, cycle: number, ms: number): void;
  /** Something the reader sees changed (the seconds count, the session clock). */
  changed(): void;
  /** The session ran its full length. */
  finished(cycles: number, ms: number): void;
}

export class PacerEngine {
  /** The time source: the session sets the element's clock at every start and resume. */
  clock: PacerClock;
  /** While false (the widget is off-screen), the engine wakes only at phase changes. */
  fine = true;

  running = false;
  /** Breaths completed. */
  cycles = 0;
  /** Index of the current phase in the pattern (-1 before the first). */
  index = -1;
  /** The phase lengths of the current breath in ms. */
  cycle: number[] = [];
  /** The session length in force. */
  limit: SessionLength = {ms: 0, breaths: 0};
  /** Breathing time (ms, pauses excluded) at the start and the end of the current phase. */
  phaseStart = 0;
  phaseEnd = 0;
  /** Breathing time as of the last tick. */
  elapsed = 0;

  /** Breathing time before the current stretch (since the last start or resume). */
  private banked = 0;
  /** Clock time when the current stretch began. */
  private since = 0;
  /** Breathing time at which the current breath began. */
  private cycleStart = 0;
  private timer: unknown;

  constructor(
    private readonly host: EngineHost,
    clock: PacerClock
  ) {
    this.clock = clock;
  }

  /** Breathing time so far, in ms. */
  now(): number {
    return this.running ? this.banked + this.clock.now() - this.since : this.banked;
  }

  /** Sets up a new session (the clock does not run until `run()`). */
  prepare(): void {
    this.stopTimer();
    this.running = false;
    this.cycles = this.banked = this.cycleStart = this.elapsed = 0;
    this.phaseStart = this.phaseEnd = 0;
    this.index = -1;
    this.cycle = this.host.pattern();
    this.limit = this.host.length();
  }

  /** Starts (or continues) the clock. */
  run(): void {
    this.running = true;
    this.since = this.clock.now();
    this.tick();
  }

  /** Stops the clock where it is; returns the breathing time. */
  hold(): number {
    const t = this.now();
    this.running = false;
    this.elapsed = this.banked = t;
    this.stopTimer();
    return t;
  }

  /** Wakes now (e.g. back on screen) to bring the phase and timers up to date. */
  refresh(): void {
    if (this.running) this.tick();
  }

  private stopTimer(): void {
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Whether the session is over at a breath that starts at `start`, after `cycles` breaths. */
  private over(start: number): boolean {
    const {ms, breaths} = this.limit;
    return (ms > 0 && start >= ms) || (breaths > 0 && this.cycles >= breaths);
  }

  /** Time is up but the breath in progress is finished first. */
  get lastBreath(): boolean {
    return this.limit.ms > 0 && this.elapsed >= this.limit.ms;
  }

  /**
   * Works out where in the session we are from the clock alone, updates the
   * phase if a boundary has passed, and sets a timer for the next change that
   * the reader can see (a phase boundary or the next whole second).
   */
  private tick = (): void => {
    this.stopTimer();
    if (!this.running) return;
    const t = this.now();
    let length = total(this.cycle);
    let changed = false;
    while (t >= this.cycleStart + length) {
      this.cycleStart += length;
      this.cycles++;
      changed = true;
      // Changes take effect here, at the start of a breath.
      this.limit = this.host.length();
      if (this.over(this.cycleStart)) return this.finish();
      this.cycle = this.host.pattern();
      length = total(this.cycle);
    }
    let index = 0;
    let start = this.cycleStart;
    while (t >= start + this.cycle[index]!) start += this.cycle[index++]!;
    this.phaseStart = start;
    this.phaseEnd = start + this.cycle[index]!;
    this.elapsed = t;
    if (changed || index !== this.index) {
      this.index = index;
      this.host.phase(index, this.cycles + 1, this.cycle[index]!);
      if (!this.running) return; // the host paused or stopped it
    }
    this.host.changed();
    const s = this.limit.ms;
    let next = this.phaseEnd;
    if (this.fine) {
      // The seconds count and the session clock change on whole seconds.
      next = Math.min(next, this.phaseEnd - (Math.ceil((this.phaseEnd - t) / 1000) - 1) * 1000);
      if (!s) next = Math.min(next, (Math.floor(t / 1000) + 1) * 1000);
      else if (t < s) next = Math.min(next, s - (Math.ceil((s - t) / 1000) - 1) * 1000);
    }
    this.timer = this.clock.setTimeout(this.tick, Math.max(0, next - this.now()));
  };

  private finish(): void {
    this.banked = this.elapsed = this.cycleStart;
    this.running = false;
    this.stopTimer();
    this.host.finished(this.cycles, this.cycleStart);
  }
}

/**
 * A countdown of whole seconds before the first breath, on the same clock.
 * `onCount(left)` runs at the start and at each second; `onDone()` at zero.
 */
export class Countdown {
  left = 0;
  private end = 0;
  private timer: unknown;

  constructor(
    private readonly clock: PacerClock,
    private readonly onCount: (left: number) => void,
    private readonly onDone: () => void
  ) {}

  get active(): boolean {
    return this.left > 0;
  }

  start(seconds: number): void {
    this.cancel();
    this.end = this.clock.now() + seconds * 1000;
    this.tick();
  }

  /** Stops without calling `onDone`. */
  cancel(): void {
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.left = 0;
  }

  private tick = (): void => {
    const remaining = this.end - this.clock.now();
    const left = Math.ceil(remaining / 1000);
    if (left <= 0) {
      this.cancel();
      this.onDone();
      return;
    }
    this.left = left;
    this.onCount(left);
    if (this.left !== left) return; // cancelled meanwhile
    this.timer = this.clock.setTimeout(this.tick, remaining - (left - 1) * 1000);
  };
}
