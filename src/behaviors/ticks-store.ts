/**
 * The storage half of the "I tried this" ticks (behaviors/ticks.ts): a
 * PersistedState, and the footer's "saved here" line with "Clear my ticks".
 * Loaded with `import()` only when the host has `persist` (issue 18), before
 * its first render with `persist`, so a widget without it carries none of
 * this on its first paint.
 */
import type {ReactiveControllerHost} from 'lit';
import {PersistedState} from './persisted-state.js';

export {renderSaving} from '../parts/ticks-saving.js';

const isKeys = (data: unknown): data is string[] => Array.isArray(data) && data.every((k) => typeof k === 'string');

/** What the store sees of the ticks. */
interface Ticks {
  keys: Set<string>;
  save(): void;
}

/** The ticks' PersistedState under `ms-widgets:<name>`: saved ticks win over unsaved ones. */
export const ticksState = (
  host: ReactiveControllerHost & Element,
  options: {name: () => string; persist: () => boolean},
  ticks: Ticks
): PersistedState<string[]> =>
  new PersistedState(host, {
    name: options.name,
    version: 1,
    isValid: isKeys,
    enabled: options.persist,
    restore: (saved) => {
      if (saved) ticks.keys = new Set(saved);
      else if (ticks.keys.size) ticks.save();
    },
    forget: () => {
      ticks.keys = new Set();
    },
  });
