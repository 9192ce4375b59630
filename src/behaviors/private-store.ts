import {warnElement} from '../core/attributes.js';

/**
 * Converters for data saved by older versions, by that version's number:
 * each returns the data in the current shape, or undefined to drop it.
 */
export type Migrations = Record<number, (data: unknown) => unknown>;

/**
 * The key prefix, the same as STORAGE_PREFIX (behaviors/storage-keys.ts; a
 * test checks they match). Written out here so that this module, which is
 * loaded only when a widget has `persist`, needs nothing from the widget's
 * own file (issue 18).
 */
const PREFIX = 'ms-widgets:';

/**
 * Opt-in, versioned local storage for a widget's private answers.
 *
 * Nothing is ever written unless the host adds `persist` to the widget (the
 * widget only creates a store then). Data is saved as `{v, data}` under
 * `ms-widgets:<name>`. Stored data that is corrupt, from another version, or
 * unreadable because storage is blocked is ignored with a warning, and never
 * breaks the widget. Data from an older version is converted when a
 * migration for that version is given.
 */
export class PrivateStore<T> {
  readonly key: string;

  constructor(
    private readonly el: Element,
    name: string,
    private readonly version: number,
    private readonly isValid: (data: unknown) => data is T,
    private readonly migrations: Migrations = {}
  ) {
    this.key = `${PREFIX}${name}`;
  }

  private storage(): Storage | undefined {
    try {
      return globalThis.localStorage ?? undefined;
    } catch {
      warnElement(this.el, 'storage-blocked', 'cannot use this browser\'s storage (it is blocked), so answers will not be kept.');
      return undefined;
    }
  }

  /** The stored data, or undefined when there is none or it cannot be used. */
  load(): T | undefined {
    let raw: string | null | undefined;
    try {
      raw = this.storage()?.getItem(this.key);
    } catch {
      warnElement(this.el, 'storage-blocked', 'cannot read this browser\'s storage (it is blocked), so saved answers are not shown.');
      return undefined;
    }
    if (raw === null || raw === undefined) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      warnElement(this.el, 'storage-corrupt', `found unreadable saved data under "${this.key}" and ignored it.`);
      return undefined;
    }
    const record = parsed as {v?: unknown; data?: unknown} | null;
    let data = record && typeof record === 'object' ? record.data : undefined;
    const migrate = record && typeof record === 'object' && typeof record.v === 'number' ? this.migrations[record.v] : undefined;
    if (migrate && record!.v !== this.version) {
      try {
        data = migrate(data);
      } catch {
        data = undefined;
      }
    } else if (!record || typeof record !== 'object' || record.v !== this.version) {
      warnElement(this.el, 'storage-version', `found saved data from another version under "${this.key}" and ignored it.`);
      return undefined;
    }
    if (!this.isValid(data)) {
      warnElement(this.el, 'storage-corrupt', `found saved data in an unexpected shape under "${this.key}" and ignored it.`);
      return undefined;
    }
    return data;
  }

  /** Saves `data`; returns false (with a warning) when storage is blocked or full. */
  save(data: T): boolean {
    try {
      const storage = this.storage();
      if (!storage) return false;
      storage.setItem(this.key, JSON.stringify({v: this.version, data}));
      return true;
    } catch {
      warnElement(this.el, 'storage-write', 'could not save answers in this browser\'s storage (blocked or full).');
      return false;
    }
  }

  /** Removes everything this store saved. */
  clear(): void {
    try {
      this.storage()?.removeItem(this.key);
    } catch {
      warnElement(this.el, 'storage-write', 'could not clear this browser\'s storage (it is blocked).');
    }
  }
}
