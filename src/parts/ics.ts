/**
 * A one-event iCalendar file (RFC 5545), made in the browser: nothing is
 * sent anywhere. The time is a floating local time (no time zone), so the
 * reminder is at the time the reader typed, in whatever zone their calendar
 * is in. Lines end with CRLF, long lines are folded at 75 octets, and text
 * is escaped.
 */
export interface CalendarEvent {
  /** A unique id, such as `crypto.randomUUID() + '@ms-numbness-widgets'`. */
  uid: string;
  /** When the file is made (written in UTC as DTSTAMP). */
  stamp: Date;
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** Local time, `HH:MM` (24 hours). */
  time: string;
  /** Length of the event in minutes. */
  minutes: number;
  summary: string;
  description?: string;
  /** Language of the text (a BCP 47 tag such as `fr`). */
  lang?: string;
  /** Minutes before the start for a reminder alarm; leave out for none. */
  alarmMinutesBefore?: number;
}

/** Escapes TEXT per RFC 5545 3.3.11: `\`, `;` and `,` get a backslash, line breaks become `\n`. */
export const escapeText = (text: string): string => text.replace(/\r\n?|[\n\\;,]/g, (c) => (c < ' ' ? '\\n' : `\\${c}`));

const encoder = new TextEncoder();

/** Folds a content line into lines of at most 75 octets (the leading space included), never inside a character. */
export function fold(line: string): string {
  let out = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > 75) {
      out += '\r\n ';
      size = 1;
    }
    out += char;
    size += bytes;
  }
  return out;
}

/** Whether `date` (`YYYY-MM-DD`) and `time` (`HH:MM`) are a real date and time: read back unchanged, so 30 February or 24:00 are not. */
export function isValidDateTime(date: string, time: string): boolean {
  const local = `${date}T${time}`;
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(local) && !!new Date(`${local}:00Z`).toJSON()?.startsWith(local);
}

/** The .ics text for one event. Throws on an invalid date or time: check with isValidDateTime first. */
export function buildIcs(event: CalendarEvent): string {
  const {date, time, summary, lang, alarmMinutesBefore: alarm} = event;
  if (!isValidDateTime(date, time)) throw new RangeError(`Not a date and time: ${date} ${time}`);
  const language = lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? `;LANGUAGE=${lang}` : '';
  const text = (name: string, value: string) => `${name}${language}:${escapeText(value)}`;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ms-numbness-widgets//appointment reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    // 2026-05-01T09:05:07.000Z -> 20260501T090507Z
    `DTSTAMP:${event.stamp.toISOString().replace(/[-:]|\.\d+/g, '')}`,
    `DTSTART:${`${date}T${time}`.replace(/[-:]/g, '')}00`,
    `DURATION:PT${Math.max(1, Math.round(event.minutes))}M`,
    text('SUMMARY', summary),
    ...(event.description ? [text('DESCRIPTION', event.description)] : []),
    ...(alarm === undefined
      ? []
      : ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-PT${Math.max(0, Math.round(alarm))}M`, text('DESCRIPTION', summary), 'END:VALARM']),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ]
    .map(fold)
    .join('\r\n');
}
