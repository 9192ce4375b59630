/**
 * One form control per field, each with its label, hint and problem tied to
 * it for screen readers (`aria-describedby`, `aria-invalid`).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Field} from './fields.js';
import {countryGroups, type Choice} from './locales.js';

export interface FieldEvents {
  value(name: string, value: string | boolean): void;
  leave(name: string): void;
}

export const fieldId = (name: string) => `attr-${name}`;

function describedBy(id: string, hint: string, problem: string): string {
  return [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ');
}

function hintText(field: Field): string {
  const range = field.control === 'number' && field.min !== undefined && field.max !== undefined ? `From ${field.min} to ${field.max}.` : '';
  return [range, field.hint].filter(Boolean).join(' ');
}

export function problemLine(id: string, problem: string): TemplateResult | typeof nothing {
  return problem
    ? html`<p class="problem" id="${id}-error"><span class="problem-mark" aria-hidden="true">!</span> ${problem}</p>`
    : nothing;
}

/** Options of a select: "not set" first (named after the default), then the other choices. */
function selectOptions(field: Field, value: string): TemplateResult[] {
  const choices: Choice[] =
    field.control === 'level'
      ? [1, 2, 3, 4, 5, 6].map((n) => ({value: String(n), label: `Heading ${n}`}))
      : (field.options ?? []);
  const fallbackValue = field.control === 'level' ? '2' : field.defaultValue;
  const fallback = choices.find((c) => c.value === fallbackValue);
  const unset = field.unset ?? (fallback ? `${fallback.label} (default)` : 'Default');
  const rest = choices.filter((c) => c !== fallback);
  return [
    html`<option value="" .selected=${live(value === '')}>${unset}</option>`,
    ...rest.map((c) => html`<option value=${c.value} .selected=${live(value === c.value)}>${c.label}</option>`),
  ];
}

function countryOptions(field: Field, value: string): TemplateResult[] {
  return [
    html`<option value="" .selected=${live(value === '')}>${field.unset ?? 'From the page language'}</option>`,
    ...countryGroups().map(
      (g) => html`<optgroup label=${g.label}>
        ${g.choices.map((c) => html`<option value=${c.value} .selected=${live(value === c.value)}>${c.label}</option>`)}
      </optgroup>`
    ),
  ];
}

export function renderField(field: Field, value: string | boolean, problem: string, on: FieldEvents): TemplateResult {
  const id = fieldId(field.name);
  const hint = hintText(field);
  const described = describedBy(id, hint, problem) || nothing;
  const hintLine = hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing;
  const text = typeof value === 'string' ? value : '';

  if (field.control === 'switch') {
    return html`<div class="field switch-field">
      <input
        type="checkbox"
        role="switch"
        id=${id}
        data-attribute=${field.name}
        .checked=${live(value === true)}
        aria-describedby=${described}
        @change=${(e: Event) => on.value(field.name, (e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${field.label}</label>
      ${hintLine}
    </div>`;
  }

  const label = html`<label for=${id}>${field.label}${field.required ? html` <span class="required">(required)</span>` : nothing}</label>`;
  const onInput = (e: Event) => on.value(field.name, (e.target as HTMLInputElement | HTMLSelectElement).value);
  const onLeave = () => on.leave(field.name);
  let control: TemplateResult;
  if (field.control === 'select' || field.control === 'level' || field.control === 'country') {
    control = html`<select
      id=${id}
      data-attribute=${field.name}
      aria-describedby=${described}
      aria-invalid=${problem ? 'true' : nothing}
      @change=${onInput}
      @input=${onInput}
    >
      ${field.control === 'country' ? countryOptions(field, text) : selectOptions(field, text)}
    </select>`;
  } else {
    const type = field.control === 'url' ? 'url' : field.control === 'phone' ? 'tel' : field.control === 'number' ? 'number' : 'text';
    control = html`<input
      type=${type}
      id=${id}
      data-attribute=${field.name}
      .value=${live(text)}
      min=${field.min ?? nothing}
      max=${field.max ?? nothing}
      step=${field.step ?? nothing}
      inputmode=${field.control === 'number' ? ((field.step ?? 1) < 1 ? 'decimal' : 'numeric') : nothing}
      placeholder=${field.placeholder ?? nothing}
      spellcheck=${field.control === 'url' || field.control === 'phone' ? 'false' : nothing}
      autocomplete="off"
      ?required=${!!field.required}
      aria-describedby=${described}
      aria-invalid=${problem ? 'true' : nothing}
      @input=${onInput}
      @change=${onLeave}
      @blur=${onLeave}
    />`;
  }
  return html`<div class="field ${problem ? 'has-problem' : ''}">${label} ${hintLine} ${control} ${problemLine(id, problem)}</div>`;
}
