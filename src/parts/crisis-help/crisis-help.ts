import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '../../core/localize.js';
import type {EmergencyNumbers} from '../../content/emergency-numbers.js';
import type {CrisisLine} from '../../content/helplines.js';
import {regionName, supportedCountries, type CrisisDetails} from './country.js';

/**
 * The crisis help every widget that needs it renders itself (ms-crisis-help,
 * ms-warning-signs, ms-appointment-prep): the emergency number first, the
 * crisis lines as links a phone can call or text, and, where the host did not
 * set a country, a labelled country chooser so a reader on a page without a
 * region (`lang="en"`) reaches their numbers in one step.
 *
 * The first paint needs only this file and the emergency numbers: the
 * crisis lines and their renderer (`details`, details.ts) arrive right after
 * it, and until then their room is kept (the same number of boxes), so
 * nothing moves when they come. If they cannot load (offline), the emergency
 * numbers stay, with the advice to talk to a doctor or a local crisis line.
 *
 * Call it while the widget renders (its msg() language is active). Everything
 * sits inside `.crisis`, so its styles (crisisHelpStyles) never touch the
 * rest of the widget.
 */
export interface CrisisView {
  /** The country shown ('' = general advice). */
  code: string;
  help?: EmergencyNumbers;
  /** The crisis line renderer, once loaded (undefined while it loads or when it failed). */
  details?: CrisisDetails;
  /** The crisis lines to show (the country's, plus any the host added), once `details` has loaded. */
  lines?: CrisisLine[];
  /** How many lines are coming while `details` loads (their room is kept). */
  pending: number;
  /** The widget's language (strings, country and language names). */
  locale: string;
  /** The widget's full language tag for dates (`en-GB`), or its locale. */
  dateLocale: string;
  /** The country chooser, when the reader may choose. */
  chooser?: {id: string; onChoose: (code: string) => void};
}

/**
 * An emergency number kept in order inside right-to-left text (an invisible
 * isolate around its digits). Emergency numbers are digits only (a test
 * checks), so the number is also its link as it is.
 */
const number = (digits: string) => `\u2066${digits}\u2069`;

/** The lines to show now, or how many boxes to keep for them ([] = none coming). */
const linesNow = (view: CrisisView) => (view.details ? (view.lines ?? []) : Array.from({length: view.pending}, () => undefined));

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
        ? html`<a class="button" href=${`tel:${main}`}>${msg(str`Emergency ${number(main)}`)}</a>`
        : html`<span>${msg('if you are in danger, call your local emergency number.')}</span>`}
      ${linesNow(view).map((line) =>
        line ? view.details!.renderInlineLine(line) : html`<span class="button secondary pending" aria-hidden="true"></span>`
      )}
    </p>
  </div>`;
}

/** The full form (below the widget's title). */
export function renderCrisisCard(view: CrisisView): TemplateResult {
  const {help, code} = view;
  const lines = linesNow(view);
  const country = code && regionName(view.locale, code);
  return html`<div class="crisis">
    <p>${msg('You do not have to cope with this alone.')}</p>
    ${view.chooser ? html`<p class="choose">${renderChooser(view)}</p>` : nothing}
    <div class="emergency panel" part="emergency">
      ${help
        ? html`<p>${msg('If you are in danger now, or you might harm yourself, call:')}</p>
            <p class="actions">
              ${help.emergency.map((n) => html`<a class="button" href=${`tel:${n}`}>${msg(str`Call ${number(n)}`)}</a>`)}
              ${help.medical
                ? html`<a class="button secondary" href=${`tel:${help.medical}`}
                    >${msg(str`Call ${number(help.medical)} for a medical emergency`)}</a
                  >`
                : nothing}
            </p>`
        : html`<p>${msg('If you are in danger now, or you might harm yourself, call your local emergency number.')}</p>`}
    </div>
    ${lines.length
      ? html`<p>${msg('To talk to someone:')}</p>
          <ul class="lines">
            ${lines.map((line, i) =>
              line ? view.details!.renderLine(view.locale, view.dateLocale, line, i) : html`<li class="pending" aria-hidden="true"></li>`
            )}
          </ul>`
      : html`<p>${msg('You can also talk to your doctor, your MS nurse or a crisis line where you live.')}</p>`}
    ${country
      ? html`<p class="note" part="note">
          ${msg(str`These numbers are for: ${country}.`)} ${msg('In another country, call the local emergency number.')}
        </p>`
      : nothing}
  </div>`;
}
