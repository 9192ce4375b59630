import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {PrivateStore} from './private-store.js';
import type {PersistedStateOptions} from './persisted-state.js';

/**
 * STORAGE_CLEARED_EVENT (behaviors/storage-keys.ts; persisted-state.test.ts
 * fails if they differ), written out so that this lazy module shares no module with the
 * widget's own file: a shared one would make the widget's file export it
 * (and a module-namespace helper) on its first paint.
 */
const CLEARED = 'ms-widgets-storage-cleared';

/**
 * The storage half of a `PersistedState` (behaviors/persisted-state.ts):
 * loaded with `import()` only when the host has `persist` (issue 18), so a
 * widget without `persist` never fetches it. It opens the store under the
 * current name, restores what was kept, saves and clears, and drops what the
 * widget holds when the page deleted everything stored. `state.failed` is
 * the `PersistedState`'s flag: true after a save the browser refused.
 */
export class StoredState<T> implements ReactiveController {
  store?: PrivateStore<T>;
  private name?: string;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: PersistedStateOptions<T>,
    private readonly state: {failed: boolean}
  ) {
    // Added while the host is on the page, so hostConnected runs at once.
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener(CLEARED, this.onCleared);
  }

  hostDisconnected(): void {
    document.removeEventListener(CLEARED, this.onCleared);
  }

  private readonly onCleared = (): void => {
    if (!this.store) return;
    this.options.forget?.();
    this.host.requestUpdate();
  };

  /** Opens the store when `persist` is on (or the name changed) and restores; closes it when `persist` is off. */
  sync(): void {
    const {name, version, isValid, migrations, enabled, restore} = this.options;
    const now = enabled() ? (typeof name === 'function' ? name() : name) : undefined;
    if (now === undefined) {
      this.name = this.store = undefined;
      return;
    }
    if (now === this.name) return;
    this.name = now;
    this.store = new PrivateStore(this.host, now, version, isValid, migrations);
    restore(this.store.load());
  }

  save(data: T): boolean {
    if (!this.store) return !this.state.failed;
    const ok = this.store.save(data);
    if (ok === this.state.failed) {
      this.state.failed = !ok;
      this.host.requestUpdate();
    }
    return ok;
  }

  clear(): void {
    if (!this.store) return;
    this.store.clear();
    if (this.state.failed) {
      this.state.failed = false;
      this.host.requestUpdate();
    }
  }
}
