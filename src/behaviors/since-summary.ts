import {addDays, type DateKey, type MoodDiary, type SignsHistory} from './diary-data.js';

/**
 * "Since my last appointment": what the dated stores hold for a period, as
 * ids, counts and dates only. The words are made when the appointment sheet
 * renders, prints or downloads, in its own language. The reader's word for a
 * day is never part of it.
 */
export interface SinceSummary {
  since: DateKey;
  until: DateKey;
  /** Days per colour, most days first (ties in palette order). Days without a colour are not counted. */
  colors: {id: string; days: number}[];
  /** Each sign that was ticked, in list order, with the days it was ticked (oldest first). */
  signs: {id: string; label?: string; dates: DateKey[]}[];
}

/** The default period: the last 30 days, today included. */
export const defaultSince = (today: DateKey): DateKey => addDays(today, -29);

/**
 * Sums up the stores from `since` to `until` (both included). `colorOrder`
 * lists the known colour ids: others are ignored. `signOrder` gives the order
 * of the article's sign ids; a host list's ids (`host-1`...) follow their number.
 */
export function summarise(
  mood: MoodDiary | undefined,
  history: SignsHistory | undefined,
  since: DateKey,
  until: DateKey,
  colorOrder: readonly string[],
  signOrder: readonly string[] = []
): SinceSummary {
  const inPeriod = (key: string) => key >= since && key <= until;
  const counts = new Map<string, number>();
  for (const [key, day] of Object.entries(mood ?? {})) {
    if (inPeriod(key) && day.c && colorOrder.includes(day.c)) counts.set(day.c, (counts.get(day.c) ?? 0) + 1);
  }
  const colors = [...counts]
    .map(([id, days]) => ({id, days}))
    .sort((a, b) => b.days - a.days || colorOrder.indexOf(a.id) - colorOrder.indexOf(b.id));

  const dates = new Map<string, DateKey[]>();
  for (const key of Object.keys(history?.days ?? {}).filter(inPeriod).sort()) {
    for (const id of new Set(history!.days[key])) dates.set(id, [...(dates.get(id) ?? []), key]);
  }
  const rank = (id: string) => {
    const host = /^host-(\d+)$/.exec(id);
    if (host) return signOrder.length + Number(host[1]);
    const i = signOrder.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const label = (id: string) => {
    const host = /^host-(\d+)$/.exec(id);
    return host ? history?.labels?.[Number(host[1]) - 1] : undefined;
  };
  const signs = [...dates]
    .filter(([id]) => signOrder.includes(id) || !!label(id))
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([id, days]) => {
      const text = label(id);
      return text ? {id, label: text, dates: days} : {id, dates: days};
    });
  return {since, until, colors, signs};
}

/** Whether the summary has anything to show. */
export const hasEntries = (s: SinceSummary): boolean => s.colors.length > 0 || s.signs.length > 0;
