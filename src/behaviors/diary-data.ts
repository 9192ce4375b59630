/**
 * The dated stores that `ms-mood-color` and `ms-warning-signs` keep with
 * `persist`, and that `ms-appointment-prep` reads for its "since my last
 * appointment" summary. This module is that public channel: one place for the
 * store names, versions, shapes and validation, so no widget reads another
 * widget's DOM or guesses another widget's data. Data that is corrupt or from
 * another version is dropped by PrivateStore with one warning, never thrown.
 * The stores are opened with `openStore` (behaviors/diary.ts, which brings
 * the storage code); this module has none of it, so a widget without
 * `persist` loads nothing of storage (issue 18).
 */

/** A local calendar date, `YYYY-MM-DD`. */
export type DateKey = string;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const isDateKey = (v: unknown): v is DateKey => typeof v === 'string' && DATE.test(v);

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `d`. */
export const dateKey = (d: Date): DateKey => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The local date `days` after `key` (negative: before). Safe across daylight-saving changes. */
export function addDays(key: DateKey, days: number): DateKey {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return dateKey(new Date(y, m - 1, d + days, 12));
}

/** A date key as a local Date at noon (for Intl formatting). */
export function keyToDate(key: DateKey): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** How long dated entries are kept: a year, so a summary can reach back to a previous appointment. */
export const KEEP_DAYS = 366;

/** One day in the colour diary: a colour id and/or the reader's word. */
export interface MoodDay {
  c?: string;
  w?: string;
}
/** The colour diary, by date. */
export type MoodDiary = Record<DateKey, MoodDay>;

const isText = (v: unknown) => v === undefined || typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export const isMoodDiary = (data: unknown): data is MoodDiary =>
  isRecord(data) &&
  Object.entries(data).every(([key, e]) => isDateKey(key) && isRecord(e) && isText(e.c) && isText(e.w));

/** The warning signs that were ticked on each day the reader used the checklist. */
export interface SignsHistory {
  /** Which list the ids belong to: `article`, or a fingerprint of the host's list. */
  list: string;
  /** For a host's list only: the text of each item (the host's words, never the reader's). */
  labels?: string[];
  /** Ids ticked when the reader last changed the checklist that day. */
  days: Record<DateKey, string[]>;
}

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export const isSignsHistory = (data: unknown): data is SignsHistory =>
  isRecord(data) &&
  typeof data.list === 'string' &&
  (data.labels === undefined || isIds(data.labels)) &&
  isRecord(data.days) &&
  Object.entries(data.days).every(([key, ids]) => isDateKey(key) && isIds(ids));

/** A store definition: its name (the key is `ms-widgets:<name>`), version and validator. */
export interface StoreDefinition<T> {
  name: string;
  version: number;
  isValid: (data: unknown) => data is T;
}

/** `ms-widgets:mood-color`, written by `ms-mood-color`. */
export const MOOD_DIARY: StoreDefinition<MoodDiary> = {name: 'mood-color', version: 1, isValid: isMoodDiary};

/** `ms-widgets:warning-signs-history`, written by `ms-warning-signs`. */
export const SIGNS_HISTORY: StoreDefinition<SignsHistory> = {
  name: 'warning-signs-history',
  version: 1,
  isValid: isSignsHistory,
};

/** `days` without the dates before `oldest` (a new object). */
export function keepFrom<T>(days: Record<DateKey, T>, oldest: DateKey): Record<DateKey, T> {
  return Object.fromEntries(Object.entries(days).filter(([key]) => key >= oldest));
}
