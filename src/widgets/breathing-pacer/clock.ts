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
