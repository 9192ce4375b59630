import {msg, str} from '../../core/localize.js';
import {buildIcs, isValidDateTime} from '../../parts/ics.js';

/** How long the calendar entry lasts, and how early the calendar reminds the reader. */
const MINUTES = 60;
const REMIND_BEFORE = 24 * 60;

const uid = () =>
  `${globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`}@ms-numbness-widgets`;

/**
 * The .ics text for the appointment, in the language of the widget being
 * rendered (call inside the widget's language), or undefined when the date
 * or time is missing or not real.
 */
export function reminderIcs(date: string, time: string, who: string, lang: string, now = new Date()): string | undefined {
  if (!isValidDateTime(date, time)) return undefined;
  return buildIcs({
    uid: uid(),
    stamp: now,
    date,
    time,
    minutes: MINUTES,
    summary: who.trim() ? msg(str`Appointment with ${who.trim()}`) : msg('My appointment'),
    description: msg('Take your notes for the appointment with you.'),
    lang,
    alarmMinutesBefore: REMIND_BEFORE,
  });
}
