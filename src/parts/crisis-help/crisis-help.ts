import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '../../core/localize.js';
import {phoneHref, type CountryHelp, type CrisisLine} from '../../content/helplines.js';
import {displayName, supportedCountries} from './country.js';

/**
 * The crisis help every widget that needs it renders itself (ms-crisis-help,
 * ms-warning-signs, ms-appointment-prep): the emergency number first, the
 * crisis lines as links a phone can call or text, and, where the host did not
 * set a country, a labelled country chooser so a reader on a page without a
 * region (`lang="en"`) reaches their numbers in one step.
 *
 * Call it while the widget renders (its msg() language is active). Everything
 * sits inside `.crisis`, so its styles (crisisHelpStyles) never touch the
 * rest of the widget.
 */
export interface CrisisView {
  /** The country shown ('' = general advice). */
  code: string;
  help?: CountryHelp;
  /** The crisis lines to show (the country's, plus any the host added). */
  lines: CrisisLine[];
  /** The widget's language (strings, country and language names). */
  locale: string;
  /** The widget's full language tag for dates (`en-GB`), or its locale. */
  dateLocale: string;
  /** The country chooser, when the reader may choose. */
  chooser?: {id: string; onChoose: (code: string) => void};
}

/**
 * A number kept whole and in order: its spaces do not break lines, and an
 * invisible isolate keeps its digits in order inside right-to-left text.
 */
const number = (text: string) => `\u2066${text.replace(/ /g, '\u00a0')}\u2069`;

function renderChooser(view: CrisisView): TemplateResult | typeof nothing {
  if (!view.chooser) return nothing;
  const {id, onChoose} = view.chooser;
  return html`<span class="chooser" part="chooser">
    <label for=${id}>${msg('Your country:')}</label>
    <select id=${id} @change=${(e: Event) => onChoose((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!view.code}>${msg('Choose')}</option>
      ${supportedCountries(view.locale).map(
        ([code, name]) => html`<option value=${code} ?selected=${code === view.code}>${name}</option>`
      )}
    </select>
  </span>`;
}

/** The one-line form, for inside other widgets. */
export function renderCrisisInline(view: CrisisView): TemplateResult {
  const main = view.help?.emergency[0];
  return html`<div class="crisis">
    <p class="inline" part="inline">
      <span>${msg('If you need help now:')}</span>
      ${renderChooser(view)}
      ${main
        ? html`<a class="button" href=${phoneHref('tel:', main)}>${msg(str`Emergency ${number(main)}`)}</a>`
        : html`<span>${msg('if you are in danger, call your local emergency number.')}</span>`}
      ${view.lines.map((line) => {
        const name = line.name ?? msg('Crisis line');
        const phone = line.phones[0] ?? line.texts?.[0];
        if (phone) {
          const href = phoneHref(line.phones[0] ? 'tel:' : 'sms:', phone);
          return html`<a class="button secondary" href=${href}><bdi>${name}</bdi>: ${number(phone)}</a>`;
        }
        return line.url ? html`<a class="button secondary" href=${line.url}><bdi>${name}</bdi></a>` : nothing;
      })}
    </p>
  </div>`;
}

/** The full form (below the widget's title). */
export function renderCrisisCard(view: CrisisView): TemplateResult {
  const {help, lines, code} = view;
  const country = code && displayName(view.locale, 'region', code);
  return html`<div class="crisis">
    <p>${msg('You do not have to cope with this alone.')}</p>
    ${view.chooser ? html`<p class="choose">${renderChooser(view)}</p>` : nothing}
    <div class="emergency panel" part="emergency">
      ${help
        ? html`<p>${msg('If you are in danger now, or you might harm yourself, call:')}</p>
            <p class="actions">
              ${help.emergency.map((n) => html`<a class="button" href=${phoneHref('tel:', n)}>${msg(str`Call ${number(n)}`)}</a>`)}
              ${help.medical
                ? html`<a class="button secondary" href=${phoneHref('tel:', help.medical)}
                    >${msg(str`Call ${number(help.medical)} for a medical emergency`)}</a
                  >`
                : nothing}
            </p>`
        : html`<p>${msg('If you are in danger now, or you might harm yourself, call your local emergency number.')}</p>`}
    </div>
    ${lines.length
      ? html`<p>${msg('To talk to someone:')}</p>
          <ul class="lines">
            ${lines.map((line, i) => renderLine(view, line, i))}
          </ul>`
      : html`<p>${msg('You can also talk to your doctor, your MS nurse or a crisis line where you live.')}</p>`}
    ${country
      ? html`<p class="note" part="note">
          ${msg(str`These numbers are for: ${country}.`)} ${msg('In another country, call the local emergency number.')}
        </p>`
      : nothing}
  </div>`;
}

function facts(view: CrisisView, line: CrisisLine): string[] {
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
    const names = line.languages.map((l) => displayName(view.locale, 'language', l) ?? l);
    out.push(msg(str`Languages: ${new Intl.ListFormat(view.locale, {type: 'conjunction'}).format(names)}.`));
  }
  return out;
}

function renderLine(view: CrisisView, line: CrisisLine, index: number): TemplateResult {
  const id = `line-${index}`;
  const said = facts(view, line);
  const url = line.url && new URL(line.url);
  const verified = line.verified && new Date(`${line.verified}T00:00:00Z`);
  return html`<li part="line">
    <p class="name" id=${id}><bdi>${line.name ?? msg('Crisis line')}</bdi></p>
    ${said.length ? html`<p>${said.join(' ')}</p>` : nothing}
    <p class="actions">
      ${line.phones.map(
        (p) => html`<a class="button secondary" href=${phoneHref('tel:', p)} aria-describedby=${id}>${msg(str`Call ${number(p)}`)}</a>`
      )}
      ${(line.texts ?? []).map(
        (p) => html`<a class="button secondary" href=${phoneHref('sms:', p)} aria-describedby=${id}>${msg(str`Text ${number(p)}`)}</a>`
      )}
      ${url
        ? html`<a class="button secondary" href=${url.href} aria-describedby=${id}
            >${line.chat ? msg(str`Chat online at ${url.hostname}`) : msg(str`Website: ${url.hostname}`)}</a
          >`
        : nothing}
    </p>
    ${verified
      ? html`<p class="checked">
          ${msg(str`Number checked on ${new Intl.DateTimeFormat(view.dateLocale, {dateStyle: 'long', timeZone: 'UTC'}).format(verified)}.`)}
        </p>`
      : nothing}
  </li>`;
}
