import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '../../core/localize.js';
import {parseText, warnAttribute} from '../../core/attributes.js';
import {safeUrl} from '../../core/safe-url.js';
import {countryLines, LINES, phoneHref, type CrisisLine} from '../../content/helplines.js';

/**
 * The crisis help's second half (issue 18): every country's crisis lines
 * and what renders them, loaded right after the first paint (which already
 * shows the emergency numbers) by CrisisCountry. Nothing here is needed to
 * show a real number.
 *
 * It imports nothing from the first paint's modules (they are in the
 * widget's own file): a widget file that another file imports from needs
 * the bundler's namespace helper, one more file before the first paint.
 */

/** The built-in crisis lines of `code`, the main one first. */
export const linesOf = (code: string): CrisisLine[] => countryLines(LINES[code]);

/** A line's number, isolated so it keeps its order in right-to-left text (boxed() shows it). */
const number = (text: string) => `\u2066${text}\u2069`;

/**
 * A translated text with one part of it (`part`) in a box of its own, class
 * `cls`: `tel` for a number, which goes to the next line rather than split
 * and breaks only at its own spaces when it alone is wider than the line;
 * `host` for a web address, which may break anywhere (large text in a narrow
 * column: nothing sticks out of its button).
 */
const boxed = (text: string, part: string, cls: string) => {
  const at = text.indexOf(part);
  return at < 0 ? text : html`<span>${text.slice(0, at)}<span class=${cls}>${part}</span>${text.slice(at + part.length)}</span>`;
};

const languageNamers = new Map<string, Intl.DisplayNames | undefined>();

/** A language's name in `locale`, or its code (Intl.DisplayNames, made once per locale). */
function languageName(locale: string, code: string): string {
  if (!languageNamers.has(locale)) {
    let namer: Intl.DisplayNames | undefined;
    try {
      namer = new Intl.DisplayNames([locale, 'en'], {type: 'language', fallback: 'none'});
    } catch {
      // Not a locale this browser knows.
    }
    languageNamers.set(locale, namer);
  }
  try {
    return languageNamers.get(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** What the warning about the host's `country` says: `other` when it names a real country without data, else it is not a country code. */
export const countryProblem = (other: boolean): string =>
  other
    ? 'has no crisis lines in this widget yet. It says to call the local emergency number; add a line with line-name and line-phone.'
    : 'expected a two-letter country code (ISO 3166), such as "GB". Using the page language instead.';

/** A line the host page sets with attributes (`line-name`, `line-phone`, `line-text`, `line-url`). */
export interface HostLineAttributes {
  name?: string;
  phone?: string;
  /** '' = the `phone` number. */
  text?: string;
  url?: string;
}

function phone(el: Element, attribute: string, value: string | undefined): string | undefined {
  const text = value?.replace(/^\s*(tel|sms):/i, '').trim();
  if (!text) return undefined;
  const digits = text.replace(/\D/g, '').length;
  if (/^\+?[\d\s().-]+$/.test(text) && digits >= 2 && digits <= 15) return text;
  warnAttribute(el, attribute, value, 'expected a phone number such as "0800 123 456". It was ignored.');
  return undefined;
}

/** The host's line, if it is usable (a bad value warns once and is dropped). */
function hostLine(el: Element, attrs: HostLineAttributes): CrisisLine | undefined {
  const name = parseText(el, 'line-name', attrs.name, 80);
  const tel = phone(el, 'line-phone', attrs.phone);
  const text = attrs.text?.trim() === '' ? tel : phone(el, 'line-text', attrs.text);
  const phones = tel ? [tel] : [];
  const texts = text ? [text] : [];
  let url = safeUrl(el, 'line-url', attrs.url?.trim(), ['https:', 'tel:', 'sms:']);
  if (url && !url.startsWith('https:')) {
    // A tel: or sms: link is shown like the other numbers.
    const n = phone(el, 'line-url', decodeURIComponent(url));
    if (n) (url.startsWith('tel:') ? phones : texts).push(n);
    url = undefined;
  }
  if (phones.length || texts.length || url) return {name, phones, texts, url};
  if (name) warnAttribute(el, 'line-name', name, 'needs line-phone, line-text or line-url. The line is not shown.');
  return undefined;
}

/**
 * `code`'s built-in lines, with the host's line: one with the same name or
 * number as a built-in line replaces it; any other is added after them.
 */
export function linesWithHost(el: Element, code: string, attrs: HostLineAttributes): CrisisLine[] {
  const lines = linesOf(code);
  const extra = hostLine(el, attrs);
  if (!extra) return lines;
  const keys = (line: CrisisLine) => [line.name?.toLowerCase(), ...line.phones.map((p) => phoneHref('tel:', p))];
  const extraKeys = keys(extra);
  const same = lines.findIndex((line) => keys(line).some((key) => key && extraKeys.includes(key)));
  if (same >= 0) lines[same] = extra;
  else lines.push(extra);
  return lines;
}

/** One line in the one-line form: a button that calls (or texts, or opens its page). */
export function renderInlineLine(line: CrisisLine): TemplateResult | typeof nothing {
  const name = line.name ?? msg('Crisis line');
  const tel = line.phones[0] ?? line.texts?.[0];
  if (tel) {
    const href = phoneHref(line.phones[0] ? 'tel:' : 'sms:', tel);
    return html`<a class="button secondary" href=${href}><span><bdi>${name}</bdi>: <span class="tel">${number(tel)}</span></span></a>`;
  }
  return line.url ? html`<a class="button secondary" href=${line.url}><bdi>${name}</bdi></a>` : nothing;
}

function facts(locale: string, line: CrisisLine): string[] {
  const out: string[] = [];
  if (line.free) out.push(msg('Free to call.'));
  if (line.cost) out.push(msg(str`A call costs up to ${line.cost}.`));
  if (line.anonymous) out.push(msg('You do not have to give your name.'));
  if (line.open24h) out.push(msg('Open 24 hours a day, 7 days a week.'));
  if (line.hours) {
    const [from, to] = line.hours;
    out.push(msg(str`Open from ${from} to ${to}, not through the night.`));
  }
  if (line.notAlways) out.push(msg('It is not open all the time.'));
  if (line.hours || line.notAlways) out.push(msg('At other times, if you are in danger, call the emergency number.'));
  if (line.option) out.push(msg(str`When it answers, choose option ${line.option}.`));
  if (line.languages) {
    const names = line.languages.map((l) => languageName(locale, l));
    out.push(msg(str`Languages: ${new Intl.ListFormat(locale, {type: 'conjunction'}).format(names)}.`));
  }
  return out;
}

/** One line in the full form: its name, what the data says about it, its call, text and web links, and when it was checked. */
export function renderLine(locale: string, dateLocale: string, line: CrisisLine, index: number): TemplateResult {
  const id = `line-${index}`;
  const said = facts(locale, line);
  const url = line.url && new URL(line.url);
  const verified = line.verified && new Date(`${line.verified}T00:00:00Z`);
  return html`<li part="line">
    <p class="name" id=${id}><bdi>${line.name ?? msg('Crisis line')}</bdi></p>
    ${said.length ? html`<p>${said.join(' ')}</p>` : nothing}
    <p class="actions">
      ${line.phones.map(
        (p) => html`<a class="button secondary" href=${phoneHref('tel:', p)} aria-describedby=${id}>${boxed(msg(str`Call ${number(p)}`), number(p), 'tel')}</a>`
      )}
      ${(line.texts ?? []).map(
        (p) => html`<a class="button secondary" href=${phoneHref('sms:', p)} aria-describedby=${id}>${boxed(msg(str`Text ${number(p)}`), number(p), 'tel')}</a>`
      )}
      ${url
        ? html`<a class="button secondary" href=${url.href} aria-describedby=${id}
            >${boxed(line.chat ? msg(str`Chat online at ${url.hostname}`) : msg(str`Website: ${url.hostname}`), url.hostname, 'host')}</a
          >`
        : nothing}
    </p>
    ${verified
      ? html`<p class="checked">
          ${msg(str`Number checked on ${new Intl.DateTimeFormat(dateLocale, {dateStyle: 'long', timeZone: 'UTC'}).format(verified)}.`)}
        </p>`
      : nothing}
  </li>`;
}
