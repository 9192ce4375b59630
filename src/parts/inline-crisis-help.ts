import {html, nothing, type TemplateResult} from 'lit';

/**
 * The one-line crisis help that other widgets show (warning signs,
 * appointment prep). It gets the page's full language tag, so the country
 * comes from its region (`en-GB` gives GB), and the host's checked theme.
 * The caller's define.ts must import '../widgets/crisis-help/define.js'.
 */
export function inlineCrisisHelp(country: string | undefined, theme: string, languageTag: string): TemplateResult {
  return html`<div part="crisis">
    <ms-crisis-help variant="inline" country=${country ?? nothing} theme=${theme} lang=${languageTag || nothing}></ms-crisis-help>
  </div>`;
}
