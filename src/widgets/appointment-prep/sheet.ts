import {msg, str} from '../../core/localize.js';
import {beganAfter, medicines, questions, type Choice} from './content.js';

/**
 * The appointment sheet's data and its text: what the reader wrote and
 * ticked, and the [heading, lines] sections, header lines, printed page and
 * text file made from it. Call the text functions in the widget's language.
 */

/** What the reader wrote (`t`, by field name) and ticked (`c`, as `group:id`). */
export interface Draft {
  t: Record<string, string>;
  c: string[];
}

export type Section = [heading: string, lines: string[]];

const isString = (v: unknown) => typeof v === 'string';
export const isDraft = (d: unknown): d is Draft =>
  Array.isArray((d as Draft)?.c) &&
  (d as Draft).c.every(isString) &&
  !!(d as Draft).t &&
  typeof (d as Draft).t === 'object' &&
  Object.values((d as Draft).t).every(isString);

export const empty = (): Draft => ({t: {}, c: []});
export const isEmpty = ({t, c}: Draft): boolean => !c.length && !Object.values(t).some((v) => v.trim());

/** The non-empty lines of a text box. */
const lines = (text = '') =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The sheet as sections, empty parts left out. `signs` and `since` are already worded. */
export function sheetSections({t, c}: Draft, signs: string[], since: Section[]): Section[] {
  const picked = (group: string, list: Choice[]) => list.filter((x) => c.includes(`${group}:${x.id}`)).map((x) => x.text);
  const parts: Section[] = [
    [msg('What has changed in how I react to things'), lines(t.changes)],
    [msg('Medicines I take'), [...picked('med', medicines()), ...lines(t.meds)]],
    [msg('When it began'), [...picked('began', beganAfter()), ...lines(t.when)]],
    [msg('Warning signs I ticked'), c.includes('signs') ? signs : []],
    ...(c.includes('since:out') ? [] : since),
    [msg('Questions I want to ask'), [...picked('q', questions()), ...lines(t.ask)]],
  ];
  return parts.filter(([, items]) => items.length);
}

/** Lines under the title: who the appointment is with, and when. */
export function sheetHeader({t}: Draft, dateLocale: string): string[] {
  const {who, date, time: clock} = t;
  const out: string[] = [];
  if (who?.trim()) out.push(msg(str`With: ${who.trim()}`));
  const [y, m, d] = (date ?? '').split('-').map(Number);
  if (y && m && d) {
    const day = new Intl.DateTimeFormat(dateLocale, {dateStyle: 'full'}).format(new Date(y, m - 1, d));
    out.push(msg(str`Date: ${day}`));
  }
  const [h, min] = (clock ?? '').split(':').map(Number);
  if (h !== undefined && min !== undefined && !Number.isNaN(h) && !Number.isNaN(min)) {
    const time = new Intl.DateTimeFormat(dateLocale, {timeStyle: 'short'}).format(new Date(2000, 0, 1, h, min));
    out.push(msg(str`Time: ${time}`));
  }
  return out;
}

/** The printed page: the title, the lines under it, each section as a heading and a list, and the note. */
export function sheetDocument(doc: Document, title: string, header: string[], sections: Section[], note: string): HTMLElement {
  const root = doc.createElement('main');
  const add = (tag: string, text: string, parent: Element = root) =>
    parent.appendChild(Object.assign(doc.createElement(tag), {textContent: text}));
  add('h1', title);
  for (const line of header) add('p', line);
  for (const [heading, items] of sections) {
    add('h2', heading);
    const list = add('ul', '');
    for (const item of items) add('li', item, list);
  }
  add('p', note).className = 'small';
  return root;
}

/** The downloaded text file: the same content as plain lines. */
export function sheetText(title: string, header: string[], sections: Section[], note: string): string {
  return [title, ...header, '', ...sections.flatMap(([heading, items]) => [heading, ...items.map((i) => `- ${i}`), '']), note, ''].join('\n');
}
