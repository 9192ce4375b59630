import {msg} from '../../core/localize.js';
import {addDays, dateKey, keepFrom, KEEP_DAYS, SIGNS_HISTORY, type SignsHistory} from '../../behaviors/diary-data.js';
import type {PersistedState} from '../../behaviors/persisted-state.js';
import type {ReactiveControllerHost} from 'lit';

/**
 * What ms-warning-signs needs only with `persist` (issue 18): the saved
 * answers' shape and list fingerprint, the dated history's store
 * (SIGNS_HISTORY) and how a day is noted in it. Loaded with the storage
 * code, before the first render with `persist`; a widget without `persist`
 * never loads it. It imports nothing from the widget's own file (a widget
 * file that another file imports from needs the bundler's namespace helper,
 * one more file before the first paint).
 */
export {SIGNS_HISTORY};

/** The privacy line while answers are kept (in the widget's language). */
export const keptLine = (): string =>
  msg('Your answers stay on this device. They are saved in this browser so you can come back to them. “Clear my answers” removes them.');

/** The saved answers. */
export interface Saved {
  /** Which list the answers belong to: `article`, or a fingerprint of the host's list. */
  list: string;
  checked: string[];
}

export const isSaved = (data: unknown): data is Saved =>
  !!data &&
  typeof (data as Saved).list === 'string' &&
  Array.isArray((data as Saved).checked) &&
  (data as Saved).checked.every((id) => typeof id === 'string');

/**
 * Which list answers belong to: `article`, or for a host's list a short
 * fingerprint of it, so answers saved for another list are not applied to it.
 */
export function listKey(host: string[] | null): string {
  if (!host) return 'article';
  let hash = 5381;
  for (const char of host.join('\n')) hash = (Math.imul(hash, 33) ^ char.codePointAt(0)!) >>> 0;
  return `host:${host.length}:${hash.toString(36)}`;
}

/**
 * The history with `today` noting the ticked signs (`checked`; none: no entry
 * that day), without days older than a year. A history for another list
 * starts again; a host's list keeps its words (`labels`) for the sheet.
 */
export function noteDay(history: SignsHistory | undefined, host: string[] | null, now: Date, checked: string[]): SignsHistory {
  const today = dateKey(now);
  const list = listKey(host);
  const base: SignsHistory = history?.list === list ? history : {list, ...(host ? {labels: host} : {}), days: {}};
  const days = keepFrom(base.days, addDays(today, 1 - KEEP_DAYS));
  if (checked.length) days[today] = checked;
  else delete days[today];
  return {...base, days};
}

/** The dated history of one widget (made with `persist`): it notes each day's ticks, or is cleared. */
export interface HistoryNotes {
  note(host: string[] | null, now: Date, checked: string[]): void;
  clear(): void;
}

/**
 * The dated history's store (SIGNS_HISTORY) for `host`, with the widget's
 * PersistedState class passed in (so this file imports nothing from the
 * widget's own file): kept while `persist` is set, forgotten when everything
 * the library stored was deleted.
 */
export function historyNotes(
  host: ReactiveControllerHost & HTMLElement & {persist: boolean},
  Persisted: typeof PersistedState
): HistoryNotes {
  let history: SignsHistory | undefined;
  const state = new Persisted<SignsHistory>(host, {
    ...SIGNS_HISTORY,
    enabled: () => host.persist,
    restore: (saved) => void (history = saved),
    forget: () => void (history = undefined),
  });
  return {
    note(list, now, checked) {
      if (!state.enabled) return;
      history = noteDay(history, list, now, checked);
      if (Object.keys(history.days).length) state.save(history);
      else state.clear();
    },
    clear() {
      state.clear();
      history = undefined;
    },
  };
}
