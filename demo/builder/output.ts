/**
 * The "Copy the code" part: the form of snippet (script tag, loader, iframe,
 * WordPress block or shortcode), the code itself, and a copy button that says
 * when it copied. While a setting has a problem there is no code, only the
 * list of what to fix, with links to the fields.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {SNIPPET_FORMS} from '../snippets.js';
import {fieldId, problemLine} from './controls.js';
import type {Derived, BuilderState} from './state.js';

export interface OutputState {
  form: string;
  /** The code the copy status belongs to, so a changed snippet never says "Copied". */
  copiedText: string;
  copyMessage: string;
}

export interface OutputEvents {
  form(id: string): void;
  copy(text: string, textarea: HTMLTextAreaElement): void;
  change(patch: Partial<BuilderState>): void;
  leave(name: string): void;
}

function labelOf(derived: Derived, name: string): string {
  if (name === 'cdn-base') return 'Address of the files';
  if (name === 'accent-code') return 'Colour code';
  return derived.fields.find((f) => f.name === name)?.label ?? name;
}

function anchorOf(name: string): string {
  return name === 'cdn-base' || name === 'accent-code' ? name : fieldId(name);
}

function problemsList(derived: Derived): TemplateResult {
  const entries = Object.entries(derived.problems);
  return html`<div class="problems" id="snippet-problems">
    <p><strong>${entries.length === 1 ? 'One setting needs a change' : `${entries.length} settings need a change`}</strong>
      before the code can be written:</p>
    <ul>
      ${entries.map(
        ([name, problem]) => html`<li>
          <a href="#${anchorOf(name)}" @click=${(e: Event) => {
            e.preventDefault();
            document.getElementById(anchorOf(name))?.focus();
          }}>${labelOf(derived, name)}</a>: ${problem}
        </li>`
      )}
    </ul>
  </div>`;
}

export function renderOutput(
  state: BuilderState,
  derived: Derived,
  out: OutputState,
  integrityNote: string,
  on: OutputEvents
): TemplateResult {
  const form = SNIPPET_FORMS.find((f) => f.id === out.form) ?? SNIPPET_FORMS[0]!;
  const code = derived.snippet ? form.make(derived.snippet) : '';
  const copied = !!code && out.copiedText === code;
  const rows = Math.min(12, Math.max(3, code.split('\n').length + Math.ceil(code.length / 70)));
  const colourNote =
    !form.carriesColour && state.useAccent
      ? html`<p class="hint" id="snippet-colour-note">This code does not carry the brand colour. Set it once for the whole site, in your theme’s custom CSS:
          <code>:root { --ms-accent: ${state.accent};${state.onAccent ? ` --ms-on-accent: ${state.onAccent};` : ''} }</code></p>`
      : nothing;
  return html`<section class="step" aria-labelledby="copy-heading">
    <h2 id="copy-heading"><span class="step-number">4</span> Copy the code</h2>
    <fieldset class="forms">
      <legend>How will you add it to your page?</legend>
      ${SNIPPET_FORMS.map(
        (f) => html`<div class="radio-field">
          <input type="radio" name="snippet-form" id="form-${f.id}" value=${f.id} .checked=${live(f.id === form.id)}
            aria-describedby="form-${f.id}-hint" @change=${() => on.form(f.id)} />
          <label for="form-${f.id}">${f.label}</label>
          <p class="hint" id="form-${f.id}-hint">${f.hint}</p>
        </div>`
      )}
    </fieldset>
    ${derived.snippet
      ? html`<div class="snippet">
          <label for="snippet-code" class="snippet-label">${form.label}</label>
          <textarea id="snippet-code" data-form=${form.id} readonly rows=${rows} spellcheck="false" .value=${live(code)}
            aria-describedby=${colourNote === nothing ? nothing : 'snippet-colour-note'}></textarea>
          ${colourNote}
          <div class="copy-row">
            <button type="button" class="primary copy" id="copy-button"
              @click=${(e: Event) => on.copy(code, (e.currentTarget as HTMLElement).closest('.snippet')!.querySelector('textarea')!)}>
              ${copied ? html`<span aria-hidden="true">✓</span> Copied` : 'Copy the code'}
            </button>
            <p id="copy-status" class="copy-status" role="status">${copied ? out.copyMessage : ''}</p>
          </div>
        </div>`
      : problemsList(derived)}
    <details class="files">
      <summary>Where the files are (for developers)</summary>
      <div class="field">
        <label for="cdn-base">Address of the folder with ms-widgets.js</label>
        <p class="hint" id="cdn-base-hint">The version is pinned in it, so a new release never changes your page by surprise.</p>
        <input type="url" id="cdn-base" .value=${live(state.cdnBase)} spellcheck="false" autocomplete="off"
          aria-describedby=${derived.problems['cdn-base'] ? 'cdn-base-hint cdn-base-error integrity-status' : 'cdn-base-hint integrity-status'}
          aria-invalid=${derived.problems['cdn-base'] ? 'true' : nothing}
          @input=${(e: Event) => on.change({cdnBase: (e.target as HTMLInputElement).value})}
          @change=${() => on.leave('cdn-base')} />
        ${problemLine('cdn-base', derived.problems['cdn-base'] ?? '')}
        <p class="hint" id="integrity-status">${integrityNote}</p>
      </div>
    </details>
  </section>`;
}
