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

/** Escapes TEXT per RFC 5545 3.3.11. */
export const escapeText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds a content line into lines of at most 75 octets, never inside a character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = out.length ? 74 : 75; // continuation lines start with a space
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const utc = (d: Date) =>
  `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;

/** Whether `date` and `time` are a real local date and time. */
export function isValidDateTime(date: string, time: string): boolean {
  const d = /^(\d{4})-(\d\d)-(\d\d)$/.exec(date);
  const t = /^(\d\d):(\d\d)$/.exec(time);
  if (!d || !t) return false;
  const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const check = new Date(Date.UTC(y, m - 1, day));
  return (
    check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === day && Number(t[1]) < 24 && Number(t[2]) < 60
  );
}

/** The .ics text for one event. Throws on an invalid date or time: check with isValidDateTime first. */
export function buildIcs(event: CalendarEvent): string {
  if (!isValidDateTime(event.date, event.time)) throw new RangeError(`Not a date and time: ${event.date} ${event.time}`);
  const start = `${event.date.replace(/-/g, '')}T${event.time.replace(':', '')}00`;
  const minutes = Math.max(1, Math.round(event.minutes));
  const language = event.lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(event.lang) ? `;LANGUAGE=${event.lang}` : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ms-numbness-widgets//appointment reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART:${start}`,
    `DURATION:PT${minutes}M`,
    `SUMMARY${language}:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION${language}:${escapeText(event.description)}`] : []),
    ...(event.alarmMinutesBefore !== undefined
      ? [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `TRIGGER:-PT${Math.max(0, Math.round(event.alarmMinutesBefore))}M`,
          `DESCRIPTION${language}:${escapeText(event.summary)}`,
          'END:VALARM',
        ]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
