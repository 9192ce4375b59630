/**
 * The offer to add the warning signs ticked in an ms-warning-signs on the
 * same page. Loaded only when such a checklist is on the page (see lazy.ts):
 * the sheet's first paint never shows it, it appears once signs are ticked.
 * Its tick box is form.ts's `tickBox` written out: importing it would make
 * the sheet's first file carry an export table for this one (154 B).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '../../core/localize.js';
import {plural} from '../../core/plural.js';
import {cachedIntl} from '../../core/intl.js';
import type {FormHandlers} from './form.js';

export {signTexts} from '../../content/warning-signs.js';

/** The offer to add the warning signs ticked on this page, with every plural form. */
export function signsOffer(on: FormHandlers, locale: string, signs: string[]): TemplateResult | typeof nothing {
  const n = signs.length;
  if (!n) return nothing;
  const count = cachedIntl(Intl.NumberFormat, locale).format(n);
  const label = plural(locale, n, {
    zero: () => msg(str`Add the ${count} warning signs I ticked on this page`, {id: 'appointment-prep.add-signs.zero'}),
    one: () => msg(str`Add the warning sign I ticked on this page`, {id: 'appointment-prep.add-signs.one'}),
    two: () => msg(str`Add the ${count} warning signs I ticked on this page`, {id: 'appointment-prep.add-signs.two'}),
    few: () => msg(str`Add the ${count} warning signs I ticked on this page`, {id: 'appointment-prep.add-signs.few'}),
    many: () => msg(str`Add the ${count} warning signs I ticked on this page`, {id: 'appointment-prep.add-signs.many'}),
    other: () => msg(str`Add the ${count} warning signs I ticked on this page`, {id: 'appointment-prep.add-signs.other'}),
  });
  return html`<div class="panel" part="signs">
    <label class="check choice">
      <input type="checkbox" data-tick value="signs" @change=${on.onCheck} />
      <span>${label}</span>
    </label>
    <ul>
      ${signs.map((s) => html`<li>${s}</li>`)}
    </ul>
  </div>`;
}

