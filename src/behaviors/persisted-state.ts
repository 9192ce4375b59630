import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {warnElement} from '../core/attributes.js';
import {STORAGE_CLEARED_EVENT} from './storage-keys.js';
import type {Migrations, PrivateStore} from './private-store.js';

export type {Migrations};

type StorageCode = typeof import('./private-store.js');
let storageCode: StorageCode | undefined;
let loadingStorage: Promise<StorageCode> | undefined;

/** The storage code, loaded once per page, only when a widget has `persist` (issue 18). */
const loadStorage = (): Promise<StorageCode> => (loadingStorage ??= import('./private-store.js').then((code) => (storageCode = code)));

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
 * - Without `persist` nothing touches storage: `save()` and `clear()` do nothing.
 * - Data is stored as `{v, data}` under `ms-widgets:<name>` and validated on
 *   load; corrupt, foreign-version or blocked storage gives one warning and
 *   `restore(undefined)`, never an error.
 * - `failed` is true after a save the browser refused (blocked or full), so
 *   the widget can tell the reader to print or download instead.
 * - The storage code (behaviors/private-store.ts) and `load()` are fetched only when
 *   `persist` is set: the host's update waits for them (so its first render
 *   with `persist` is already restored and nothing jumps). If they cannot be
 *   loaded (offline), one warning, `failed` is true and the widget works
 *   without storage; what the reader typed stays.
 */
export class PersistedState<T> implements ReactiveController {
  /** The last save was refused by the browser (blocked or full storage). */
  failed = false;

  private store?: PrivateStore<T>;
  private activeName?: string;
  /**
   * The storage code and `load()`: undefined until asked for, a promise while
   * they load, then true (here) or false (they could not be loaded; not
   * retried until the page is loaded again).
   */
  private code?: Promise<void> | boolean;

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
    if (typeof this.code == 'boolean' || !this.options.enabled()) return undefined;
    return (this.code ??= Promise.all([loadStorage(), this.options.load?.()]).then(
      () => {
        this.code = true;
      },
      () => {
        this.code = false;
        warnElement(this.host, 'storage-load', 'could not load its storage code, so answers will not be kept.');
      }
    )) as Promise<void>;
  }

  /** Whether storage is switched on (the host has `persist`). */
  get enabled(): boolean {
    return !!this.store;
  }

  /** The full storage key in use, or undefined without `persist`. */
  get key(): string | undefined {
    return this.store?.key;
  }

  hostConnected(): void {
    document.addEventListener(STORAGE_CLEARED_EVENT, this.onCleared);
  }

  hostDisconnected(): void {
    document.removeEventListener(STORAGE_CLEARED_EVENT, this.onCleared);
  }

  private readonly onCleared = (): void => {
    if (!this.store) return;
    this.options.forget?.();
    this.host.requestUpdate();
  };

  /** Runs before every render: switches storage on or off as `persist` (or the name) changed. */
  hostUpdate(): void {
    this.sync();
  }

  /** Checks `persist` and the name now (also done before every render); restores when they changed. */
  sync(): void {
    const name = this.options.enabled() ? this.name() : undefined;
    if (name === undefined) {
      this.activeName = this.store = undefined;
      this.failed = false;
      return;
    }
    if (this.code !== true) {
      // The code is not here: it failed, or this was called outside an update (which waits for it).
      this.failed = this.code === false;
      void this.whenLoaded()?.then(() => this.host.requestUpdate());
      return;
    }
    if (name === this.activeName) return;
    this.activeName = name;
    const {version, isValid, migrations} = this.options;
    this.store = new storageCode!.PrivateStore(this.host, name, version, isValid, migrations);
    this.options.restore(this.store.load());
  }

  /** Keeps `data` (only with `persist`). Returns false when the browser refused; the host re-renders. */
  save(data: T): boolean {
    if (!this.store) return !this.failed;
    const ok = this.store.save(data);
    if (ok === this.failed) {
      this.failed = !ok;
      this.host.requestUpdate();
    }
    return ok;
  }

  /** Removes what was kept (only with `persist`). */
  clear(): void {
    this.store?.clear();
    if (this.failed && this.store) {
      this.failed = false;
      this.host.requestUpdate();
    }
  }

  private name(): string {
    const {name} = this.options;
    return typeof name === 'function' ? name() : name;
  }
}
