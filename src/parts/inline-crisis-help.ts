import {html, type TemplateResult} from 'lit';
import {EMERGENCY_NUMBERS} from '../content/emergency-numbers.js';
import type {CrisisCountry} from './crisis-help/country.js';
import {renderCrisisInline} from './crisis-help/crisis-help.js';

export {CrisisCountry} from './crisis-help/country.js';
export {crisisHelpStyles} from './crisis-help/styles.js';

/**
 * The one-line crisis help other widgets show (warning signs, appointment
 * prep), rendered in the widget itself (no nested element): the emergency
 * number and crisis line of the country `choice` shows, and the country
 * chooser when the host set no country. Add `crisisHelpStyles` to the
 * widget's styles. Call it while rendering. The emergency number is there on
 * the first paint; the crisis line follows as soon as `choice` has loaded it
 * (its room is kept until then).
 */
export function inlineCrisisHelp(choice: CrisisCountry, locale: string, dateLocale: string): TemplateResult {
  const code = choice.shown;
  const details = choice.details;
  return html`<div part="crisis">
    ${renderCrisisInline({
      code,
      help: EMERGENCY_NUMBERS[code],
      details,
      lines: details?.linesOf(code),
      pending: choice.pending(),
      locale,
      dateLocale,
      chooser: choice.offersChoice ? {id: 'crisis-country', onChoose: (c) => choice.choose(c)} : undefined,
    })}
  </div>`;
}
