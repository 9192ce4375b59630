/**
 * The "Language and look" part: language (named in itself), direction,
 * theme, brand colour, and the contrast check of the brand colour with a
 * suggested text colour.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {AA_TEXT, formatRatio, parseHex, type ContrastCheck} from './contrast.js';
import {languageChoices} from './locales.js';
import type {BuilderState, ThemeChoice} from './state.js';

export type Change = (patch: Partial<BuilderState>) => void;

const SCHEME_NAMES = {light: 'On light pages', dark: 'On dark pages'} as const;
const TEXT_COLOURS = [
  {value: '', label: 'The theme’s default'},
  {value: '#ffffff', label: 'White (#ffffff)'},
  {value: '#111111', label: 'Near black (#111111)'},
];

interface Option {
  value: string;
  label: string;
  lang?: string;
  dir?: string;
}

function select(id: string, label: string, hint: string, value: string, options: Option[], onChange: (v: string) => void) {
  const pick = (e: Event) => onChange((e.target as HTMLSelectElement).value);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <select id=${id} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${pick} @input=${pick}>
      ${options.map(
        (o) => html`<option value=${o.value} lang=${o.lang ?? nothing} dir=${o.dir ?? nothing} .selected=${live(o.value === value)}>${o.label}</option>`
      )}
    </select>
  </div>`;
}

function contrastReport(checks: ContrastCheck[], state: BuilderState, change: Change): TemplateResult | typeof nothing {
  if (!checks.length) return nothing;
  const lines = checks.flatMap((c) => {
    const where = SCHEME_NAMES[c.scheme];
    const out: TemplateResult[] = [];
    if (c.button.ok && c.link.ok) {
      out.push(html`<li class="ok"><span class="mark" aria-hidden="true">✓</span> ${where}: button text ${formatRatio(c.button.ratio)},
        links ${formatRatio(c.link.ratio)}. Both are easy to read.</li>`);
      return out;
    }
    if (!c.button.ok) {
      const fix = c.button.suggestion;
      out.push(html`<li class="warn"><span class="mark" aria-hidden="true">!</span> ${where}: the button text
        (${c.button.textColour}) on your colour is ${formatRatio(c.button.ratio)}, too faint to read (needs ${AA_TEXT}:1).
        ${fix !== c.button.textColour
          ? html`Suggested text colour: <span class="swatch" style="background:${fix}"></span>${fix}.
              <button type="button" class="secondary small" @click=${() => change({onAccent: fix})}>Use ${fix} for button text</button>`
          : html`No text colour is readable on it: choose a darker or lighter brand colour.`}</li>`);
    }
    if (!c.link.ok) {
      const fix = c.link.suggestion;
      out.push(html`<li class="warn"><span class="mark" aria-hidden="true">!</span> ${where}: links and focus rings in your colour
        are ${formatRatio(c.link.ratio)} on the background (needs ${AA_TEXT}:1).
        ${fix
          ? html`A ${c.scheme === 'dark' ? 'lighter' : 'darker'} shade passes: <span class="swatch" style="background:${fix}"></span>${fix}.
              <button type="button" class="secondary small" @click=${() => change({accent: fix})}>Use ${fix} as brand colour</button>`
          : nothing}</li>`);
    }
    return out;
  });
  const both = checks.length > 1 && checks.some((c) => !c.link.ok);
  return html`<div class="contrast" id="contrast-report" aria-live="polite">
    <p class="contrast-title">Is it readable? (WCAG AA contrast)</p>
    <ul>${lines}</ul>
    ${both && state.theme === 'auto'
      ? html`<p class="hint">With “Follow the reader’s device”, one colour has to work on light and on dark pages. If none does, choose Light page or Dark page.</p>`
      : nothing}
  </div>`;
}

export function renderLook(state: BuilderState, checks: ContrastCheck[], change: Change): TemplateResult {
  const languages = languageChoices();
  const languageOptions: Option[] = [{value: '', label: 'Follow the page'}, ...languages];
  const dirOptions: Option[] = [
    {value: '', label: 'From the language'},
    {value: 'ltr', label: 'Left to right'},
    {value: 'rtl', label: 'Right to left'},
  ];
  const themeOptions: Option[] = [
    {value: 'light', label: 'Light page'},
    {value: 'dark', label: 'Dark page'},
    {value: 'auto', label: 'Follow the reader’s device'},
  ];
  const hexOk = !!parseHex(state.accent);
  return html`<fieldset class="step" id="look">
    <legend><span class="step-number">3</span> Language and look</legend>
    ${select('lang', 'Language', 'Best left on “Follow the page”: the widget then speaks your page’s language. In the iframe it means English.', state.lang, languageOptions, (lang) => change({lang}))}
    ${select('dir', 'Text direction', 'Best left on “From the language”: Arabic then reads right to left.', state.dir, dirOptions, (dir) => change({dir: dir as BuilderState['dir']}))}
    ${select('theme', 'Theme', 'Choose the one that matches your page background.', state.theme, themeOptions, (theme) => change({theme: theme as ThemeChoice}))}
    <div class="field switch-field">
      <input type="checkbox" role="switch" id="use-accent" .checked=${live(state.useAccent)} aria-describedby="use-accent-hint"
        @change=${(e: Event) => change({useAccent: (e.target as HTMLInputElement).checked})} />
      <label for="use-accent">Use your brand colour</label>
      <p class="hint" id="use-accent-hint">For buttons, links and focus rings. Off: a blue that is readable on light and dark pages.</p>
    </div>
    ${state.useAccent
      ? html`<div class="colour-row">
            <div class="field">
              <label for="accent">Brand colour</label>
              <input type="color" id="accent" .value=${live(hexOk ? state.accent : '#000000')}
                @input=${(e: Event) => change({accent: (e.target as HTMLInputElement).value})} />
            </div>
            <div class="field">
              <label for="accent-code">Colour code</label>
              <input type="text" id="accent-code" .value=${live(state.accent)} spellcheck="false" autocomplete="off"
                aria-invalid=${hexOk ? nothing : 'true'} aria-describedby=${hexOk ? 'accent-code-hint' : 'accent-code-hint accent-code-error'}
                @input=${(e: Event) => change({accent: (e.target as HTMLInputElement).value.trim()})} />
              <p class="hint" id="accent-code-hint">Such as #6b2c91.</p>
              ${hexOk ? nothing : html`<p class="problem" id="accent-code-error"><span class="problem-mark" aria-hidden="true">!</span> Use # and six letters or digits, such as #6b2c91.</p>`}
            </div>
          </div>
          ${select(
            'on-accent',
            'Text colour on buttons',
            'The text on buttons in your brand colour.',
            state.onAccent,
            TEXT_COLOURS,
            (onAccent) => change({onAccent})
          )}
          ${contrastReport(checks, state, change)}`
      : nothing}
  </fieldset>`;
}
