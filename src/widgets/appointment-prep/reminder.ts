import {msg, str} from '../../core/localize.js';
import {buildIcs, isValidDateTime} from '../../parts/ics.js';

/**
 * The .ics text for the appointment (one hour, with a reminder one day
 * before), in the language of the widget being rendered (call inside the
 * widget's language), or undefined when the date or time is missing or not
 * real. Small and synchronous: `downloadReminder()` returns the file at once.
 */
export function reminderIcs(date: string, time: string, who: string, lang: string, now = new Date()): string | undefined {
  if (!isValidDateTime(date, time)) return undefined;
  const name = who.trim();
  return buildIcs({
    // randomUUID exists only on secure (https) pages.
    uid: `${crypto.randomUUID?.() ?? now.getTime().toString(36) + Math.random().toString(36).slice(2)}@ms-numbness-widgets`,
    stamp: now,
    date,
    time,
    minutes: 60,
    summary: name ? msg(str`Appointment with ${name}`) : msg('My appointment'),
    description: msg('Take your notes for the appointment with you.'),
    lang,
    alarmMinutesBefore: 24 * 60,
  });
}
