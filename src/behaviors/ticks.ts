import type {ReactiveControllerHost} from 'lit';
import {warnElement} from '../core/attributes.js';
import type {PersistedState} from './persisted-state.js';

type StoreCode = typeof import('./ticks-store.js');

/**
 * Where the ticks' storage half (./ticks-store.ts) comes from: fetched only
 * when a widget has `persist`, then kept in `code`. Tests replace `load`
 * (and empty `code`) to play a reader who is offline or on a slow line.
 * @internal
 */
export const ticksStoreSource: {load: () => Promise<StoreCode>; code?: StoreCode | false} = {
  load: () => import('./ticks-store.js'),
};

/**
 * The reader's "I tried this" ticks (used by `ms-idea-deck` and
 * `ms-coping-steps`; rendered with parts/ticks.ts). Kept in memory; only with
 * `persist` also in storage (a PersistedState under `ms-widgets:<name>`,
 * made by ./ticks-store.ts, whose code the host's first update with
 * `persist` waits for, so the ticks shown are already the saved ones).
 * Offline, one warning and the ticks stay in memory. Saved ticks win over
 * unsaved ones.
 */
export class TicksController {
  keys = new Set<string>();
  /** Whether the last action was "Clear my ticks" (for the confirmation line). */
  cleared = false;
  /** The storage code, once the host has had `persist` and it has arrived. */
  store?: StoreCode;
  private state?: PersistedState<string[]>;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    options: {name: () => string; persist: () => boolean}
  ) {
    const updating = host as unknown as {scheduleUpdate(): void | Promise<unknown>};
    const schedule = updating.scheduleUpdate.bind(host);
    updating.scheduleUpdate = () => {
      const code = ticksStoreSource.code;
      if (!options.persist() || this.state || code === false) return schedule();
      if (!code)
        return ticksStoreSource.load().then(
          (loaded) => {
            ticksStoreSource.code = loaded;
            return updating.scheduleUpdate();
          },
          () => {
            ticksStoreSource.code = false;
            warnElement(host, 'storage-load', 'could not load its storage code, so answers will not be kept.');
            return schedule();
          }
        );
      this.store = code;
      this.state = code.ticksState(host, options, this);
      // Again, through the new PersistedState's own wait for its code.
      return updating.scheduleUpdate();
    };
  }

  /** Forgets the ticks in memory (they belonged to another list). */
  reset(): void {
    this.keys = new Set();
    this.cleared = false;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  get size(): number {
    return this.keys.size;
  }

  set(key: string, on: boolean): void {
    if (on) this.keys.add(key);
    else this.keys.delete(key);
    this.cleared = false;
    this.save();
    this.host.requestUpdate();
  }

  clear(): void {
    this.keys.clear();
    this.state?.clear();
    this.cleared = true;
    this.host.requestUpdate();
  }

  save(): void {
    this.state?.save([...this.keys]);
  }
}
