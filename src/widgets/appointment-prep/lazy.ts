import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * The sheet's code that its first render does not need, loaded when first
 * needed (issue 18): the "since my last appointment" summary (with the
 * storage code), only with `persist` (the first render with `persist` waits
 * for it, see PersistedState's `load`); the calendar file when the reader
 * first comes near the sheet (focus or pointer) or presses "Add a reminder".
 */
type SinceCode = typeof import('./since.js');
type ReminderCode = typeof import('./reminder.js');

let since: SinceCode | undefined;
let reminder: ReminderCode | undefined;
let loadingReminder: Promise<ReminderCode> | undefined;

/** The summary's code, once it has arrived. */
export const sinceCode = (): SinceCode | undefined => since;

/** Loads the summary's code (PersistedState awaits it before rendering with `persist`). */
export const loadSince = (): Promise<void> => import('./since.js').then((code) => void (since = code));

/**
 * Runs `use` with the calendar code: at once when it is here (its result is
 * returned), else as soon as it has arrived; `failed` when it cannot be loaded.
 */
export function withReminder<T>(use: (code: ReminderCode) => T, failed: () => void): T | undefined {
  if (reminder) return use(reminder);
  loadReminder().then(use, failed);
  return undefined;
}

/** Loads the calendar file's code once (tried again after a failure, such as being offline). */
export function loadReminder(): Promise<ReminderCode> {
  return (loadingReminder ??= import('./reminder.js').then(
    (code) => (reminder = code),
    (error: unknown) => {
      loadingReminder = undefined;
      throw error;
    }
  ));
}

/** Calls `load` once, when the reader first focuses or points into the host (the request starts after the first paint). */
export class PrefetchNearby implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly load: () => Promise<unknown>
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.fetch);
    this.host.addEventListener('pointerover', this.fetch);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.fetch);
    this.host.removeEventListener('pointerover', this.fetch);
  }

  private readonly fetch = (): void => {
    this.hostDisconnected();
    this.load().catch(() => undefined);
  };
}
