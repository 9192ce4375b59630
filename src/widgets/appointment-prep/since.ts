import {html, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg, str} from '../../core/localize.js';
import {plural} from '../../core/plural.js';
import {dateKey, isDateKey, keyToDate, MOOD_DIARY, openStore, SIGNS_HISTORY, type DateKey, type MoodDiary, type SignsHistory} from '../../behaviors/diary.js';
import {defaultSince, hasEntries, summarise, type SinceSummary} from '../../behaviors/since-summary.js';
import {MOOD_COLOR_IDS, moodColors} from '../../content/mood-colors.js';
import {WARNING_SIGN_IDS, warningSigns} from '../../content/warning-signs.js';

/** The line under the title while the draft is kept (with `persist`, in the widget's language). */
export const keptLine = (): string => msg('What you write is kept only in this browser, on this device, until you clear it.');

/**
 * The sheet's "since my last appointment" part: it reads the dated stores
 * that `ms-mood-color` and `ms-warning-signs` keep with `persist` (through
 * src/behaviors/diary.ts, never their page content) and words the summary in
 * the sheet's language when it renders, prints or downloads.
 */
export interface Stored {
  mood?: MoodDiary;
  signs?: SignsHistory;
}

/** Reads both stores (only call with `persist`); bad data is dropped with a warning on `el`. */
export const readStores = (el: Element): Stored => ({
  mood: openStore(el, MOOD_DIARY).load(),
  signs: openStore(el, SIGNS_HISTORY).load(),
});

/** The reader's start date, or the default (30 days, today included); never after today. */
export function sinceDate(picked: string | undefined, today: DateKey): DateKey {
  return isDateKey(picked) && picked <= today ? picked : defaultSince(today);
}

export const summaryOf = (stored: Stored, since: DateKey, today: DateKey): SinceSummary =>
  summarise(stored.mood, stored.signs, since, today, MOOD_COLOR_IDS, WARNING_SIGN_IDS);

export {hasEntries};

/** "12 days", with the plural form of the language (one message per CLDR category, see core/plural.ts). */
export function dayCount(n: number, locale: string): string {
  const count = new Intl.NumberFormat(locale).format(n);
  return plural(locale, n, {
    zero: () => msg(str`${count} days`, {id: 'since-days-zero', desc: 'Plural form "zero" (used in Arabic)'}),
    one: () => msg(str`${count} day`, {id: 'since-days-one', desc: 'Plural form "one"'}),
    two: () => msg(str`${count} days`, {id: 'since-days-two', desc: 'Plural form "two" (used in Arabic)'}),
    few: () => msg(str`${count} days`, {id: 'since-days-few', desc: 'Plural form "few" (used in Arabic)'}),
    many: () => msg(str`${count} days`, {id: 'since-days-many', desc: 'Plural form "many" (used in Arabic, French...)'}),
    other: () => msg(str`${count} days`, {id: 'since-days-other', desc: 'Plural form "other"'}),
  });
}

/** Formats dates in the widget's language, in the page's regional order when that is the language shown. */
export function dateFormatter(locales: string[], options: Intl.DateTimeFormatOptions): (key: DateKey) => string {
  for (const locale of locales) {
    try {
      const format = new Intl.DateTimeFormat(locale, options);
      return (key) => format.format(keyToDate(key));
    } catch {
      // A malformed page tag: try the next one.
    }
  }
  return (key) => key;
}

/** The summary as [heading, lines] sections for the sheet, its print and its download. */
export function summarySections(summary: SinceSummary, locales: string[]): [string, string[]][] {
  const locale = locales.at(-1)!;
  const sameYear = summary.since.slice(0, 4) === summary.until.slice(0, 4);
  const long = dateFormatter(locales, {day: 'numeric', month: 'long', year: 'numeric'});
  const short = dateFormatter(locales, sameYear ? {day: 'numeric', month: 'long'} : {day: 'numeric', month: 'long', year: 'numeric'});
  const since = long(summary.since);
  const names = new Map(moodColors().map((c) => [c.id, c.name]));
  const texts = new Map(warningSigns().map((s) => [s.id, s.text]));
  const list = new Intl.ListFormat(locale, {type: 'conjunction'});
  const out: [string, string[]][] = [];
  if (summary.colors.length) {
    out.push([
      msg(str`My mood colours since ${since}`),
      summary.colors.map(({id, days}) => msg(str`${names.get(id)!}: ${dayCount(days, locale)}`)),
    ]);
  }
  if (summary.signs.length) {
    out.push([
      msg(str`Warning signs I ticked since ${since}`),
      summary.signs.map(({id, label, dates}) => msg(str`${label ?? texts.get(id)!} Ticked on ${list.format(dates.map(short))}.`)),
    ]);
  }
  return out;
}

/**
 * What the sheet shows, prints and downloads for the period that starts on
 * the reader's date (`picked`) and ends on the day of `now`: the start date,
 * today, and the summary as sections (none when nothing was saved).
 */
export function sinceOf(stored: Stored, picked: string | undefined, now: Date, locales: string[]) {
  const today = dateKey(now);
  const since = sinceDate(picked, today);
  const summary = summaryOf(stored, since, today);
  return {since, today, sections: hasEntries(summary) ? summarySections(summary, locales) : []};
}

export interface SincePanel {
  sections: [string, string[]][];
  since: DateKey;
  today: DateKey;
  included: boolean;
  onSince: (e: Event) => void;
  onInclude: (e: Event) => void;
  headingLevel: number;
}

/** The panel on the sheet: the period, what it holds, and "add it to my notes". */
export function renderSincePanel(p: SincePanel): TemplateResult {
  return html`<fieldset class="panel since" part="since">
    <legend>${msg('Since my last appointment')}</legend>
    <p>${msg('What your colour diary and your warning signs on this device show. Only you see it.')}</p>
    <div class="field">
      <label for="since">${msg('From this date')}</label>
      <input id="since" name="since" type="date" max=${p.today} .value=${live(p.since)} @change=${p.onSince} />
    </div>
    ${p.sections.length
      ? html`${p.sections.map(
            ([heading, items]) => html`<div role="heading" aria-level=${p.headingLevel} class="sub">${heading}</div>
              <ul>
                ${items.map((item) => html`<li>${item}</li>`)}
              </ul>`
          )}
          <label class="check choice">
            <input type="checkbox" .checked=${live(p.included)} @change=${p.onInclude} />
            <span>${msg('Add this summary to my notes')}</span>
          </label>`
      : html`<p>${msg('Nothing was saved on this device for this time. The colour diary and the warning signs keep days only when the page saves them.')}</p>`}
  </fieldset>`;
}
