import type {ReactiveControllerHost} from 'lit';
import {PersistedState} from './persisted-state.js';

const isKeys = (data: unknown): data is string[] => Array.isArray(data) && data.every((k) => typeof k === 'string');

/**
 * The reader's "I tried this" ticks (used by `ms-idea-deck` and
 * `ms-coping-steps`; rendered with parts/ticks.ts). Kept in memory; only with
 * `persist` also in storage (a PersistedState under `ms-widgets:<name>`).
 * Saved ticks win over unsaved ones.
 */
export class TicksController {
  keys = new Set<string>();
  /** Whether the last action was "Clear my ticks" (for the confirmation line). */
  cleared = false;
  private readonly state: PersistedState<string[]>;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    options: {name: () => string; persist: () => boolean}
  ) {
    this.state = new PersistedState(host, {
      name: options.name,
      version: 1,
      isValid: isKeys,
      enabled: options.persist,
      restore: (saved) => {
        if (saved) this.keys = new Set(saved);
        else if (this.keys.size) this.save();
      },
      forget: () => {
        this.keys = new Set();
      },
    });
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
    this.state.clear();
    this.cleared = true;
    this.host.requestUpdate();
  }

  private save(): void {
    this.state.save([...this.keys]);
  }
}
