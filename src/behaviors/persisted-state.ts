import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {warnElement} from '../core/attributes.js';
import type {Migrations} from './private-store.js';
import type {StoredState} from './stored-state.js';

export type {Migrations};

type StorageCode = typeof import('./stored-state.js');

/**
 * Where the storage half (behaviors/stored-state.ts, with the store) comes
 * from: fetched only when a widget has `persist` (issue 18), then kept in
 * `code`, so a store made later (such as warning-signs' dated history) has
 * it at once. Tests replace `load` (and empty `code`) to play a reader who
 * went offline, or whose connection is slow.
 * @internal
 */
export const storageSource: {load: () => Promise<StorageCode>; code?: StorageCode} = {
  load: () => import('./stored-state.js'),
};

/** How a widget keeps one piece of private state (see `PersistedState`). */
export interface PersistedStateOptions<T> {
  /**
   * Storage name: the data is kept under `ms-widgets:<name>`. A function when
   * the name depends on an attribute (such as idea-deck's topic).
   */
  name: string | (() => string);
  /** Version of the stored shape; data saved by another version is dropped with a warning (unless migrated). */
  version: number;
  /** Checks stored data; data in another shape is dropped with a warning. */
  isValid: (data: unknown) => data is T;
  /** Converts data saved by an older version (by that version's number); return undefined to drop it. */
  migrations?: Migrations;
  /** Whether the host asked for storage (its `persist` attribute). Nothing is stored while this is false. */
  enabled: () => boolean;
  /**
   * Called while the host updates, whenever storage is switched on or the name
   * changes: `saved` is what was kept (undefined when nothing usable was
   * kept). The widget merges it with what the reader did before, and calls
   * `save()` if what it holds should be kept.
   */
  restore: (saved: T | undefined) => void;
  /**
   * Called when the page deleted everything the library stored ("Delete
   * everything saved on this device"): the widget drops what it holds in
   * memory, so nothing deleted is saved again by its next change.
   */
  forget?: () => void;
  /**
   * More code the widget needs only with `persist` (such as the appointment
   * sheet's "since my last appointment" summary): loaded together with the
   * storage code, before the first render with `persist`.
   */
  load?: () => Promise<unknown>;
}

/**
 * A widget's private state, kept in this browser only when the host adds
 * `persist` (one controller for every widget that remembers answers).
 *
 * - Without `persist` nothing touches storage: `save()` and `clear()` do
 *   nothing, and the storage code is never fetched. The widget holds its
 *   state in memory itself; this is all it carries on its first paint.
 * - With `persist` the storage half (behaviors/stored-state.ts) and `load()`
 *   are fetched: the host's update waits for them (so its first render with
 *   `persist` is already restored and nothing jumps under the pointer; what
 *   the reader did meanwhile is merged by `restore`). If they cannot be
 *   loaded (offline), one warning, `failed` is true and the widget works
 *   without storage; what the reader typed stays.
 * - Data is stored as `{v, data}` under `ms-widgets:<name>` and validated on
 *   load; corrupt, foreign-version or blocked storage gives one warning and
 *   `restore(undefined)`, never an error.
 * - `failed` is true after a save the browser refused (blocked or full), so
 *   the widget can tell the reader to print or download instead.
 */
export class PersistedState<T> implements ReactiveController {
  /** The last save was refused by the browser, or the storage code could not be loaded. */
  failed = false;

  /** The storage half, made the first time `persist` is on and its code is here. */
  private live?: StoredState<T>;
  /**
   * The storage code (with `load()`): undefined until asked for, a promise
   * while they load, then the code, or false (they could not be loaded; not
   * retried until the page is loaded again).
   */
  private code?: Promise<void> | StorageCode | false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: PersistedStateOptions<T>
  ) {
    host.addController(this);
    // With `persist`, the host's next update waits until the storage code is here.
    const updating = host as unknown as {scheduleUpdate(): void | Promise<unknown>};
    const schedule = updating.scheduleUpdate.bind(host);
    updating.scheduleUpdate = () => {
      const wait = this.whenLoaded();
      return wait ? wait.then(schedule) : schedule();
    };
  }

  /** While `persist` is set and its code is still loading: a promise that settles when it has arrived or failed. */
  private whenLoaded(): Promise<void> | undefined {
    if (!this.options.enabled()) return undefined;
    if (this.code === undefined) {
      const more = this.options.load?.();
      this.code =
        storageSource.code && !more
          ? storageSource.code
          : Promise.all([storageSource.code ?? storageSource.load(), more]).then(
              ([code]) => {
                this.code = storageSource.code = code;
              },
              () => {
                this.code = false;
                warnElement(this.host, 'storage-load', 'could not load its storage code, so answers will not be kept.');
              }
            );
    }
    return this.code instanceof Promise ? this.code : undefined;
  }

  /** Whether storage is switched on (the host has `persist` and the store is open). */
  get enabled(): boolean {
    return !!this.live?.store;
  }

  /** The full storage key in use, or undefined without `persist`. */
  get key(): string | undefined {
    return this.live?.store?.key;
  }

  /** Runs before every render: switches storage on or off as `persist` (or the name) changed. */
  hostUpdate(): void {
    this.sync();
  }

  /** Checks `persist` and the name now (also done before every render); restores when they changed. */
  sync(): void {
    const on = this.options.enabled();
    // Outside an update (which waits for the code), or for a store made later: ask now, re-render when it is here.
    void this.whenLoaded()?.then(() => this.host.requestUpdate());
    const code = this.code;
    if (!on) this.failed = false;
    else if (!code || code instanceof Promise) {
      // The code is not here yet, or it failed.
      this.failed = code === false;
      return;
    }
    if (on || this.live) (this.live ??= new (code as StorageCode).StoredState(this.host, this.options, this)).sync();
  }

  /** Keeps `data` (only with `persist`). Returns false when the browser refused; the host re-renders. */
  save(data: T): boolean {
    return this.live ? this.live.save(data) : !this.failed;
  }

  /** Removes what was kept (only with `persist`). */
  clear(): void {
    this.live?.clear();
  }
}
