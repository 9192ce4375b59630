/**
 * The appointment sheet's form, as render fragments: text fields, tick boxes
 * in fieldsets, the reminder row, the action buttons and the status line. They read the draft and call the
 * element's handlers; the element keeps the state.
 *
 * The boxes' values are not bound here: the element writes the draft into
 * them after every render (`showDraft`, as Lit's `live()` would, without its
 * file), so a cleared or restored draft always replaces what the box shows.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../../core/localize.js';
import {sameSize} from '../../parts/same-size.js';
import type {Choice} from './content.js';
import type {Draft} from './sheet.js';

/** What the form calls back. */
export interface FormHandlers {
  onText: (e: Event) => void;
  onCheck: (e: Event) => void;
}

/** A labelled text box, with an optional hint under its label. */
export function textField(on: FormHandlers, name: string, label: string, hint?: string): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${name}>${label}</label>
    ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
    <textarea
      id=${name}
      name=${name}
      rows="3"
      aria-describedby=${hint ? `${name}-hint` : nothing}
      @input=${on.onText}
    ></textarea>
  </div>`;
}

/** One tick box in a large row. */
export function tickBox(on: FormHandlers, value: string, text: string): TemplateResult {
  return html`<label class="check choice">
    <input type="checkbox" data-tick .value=${value} @change=${on.onCheck} />
    <span>${text}</span>
  </label>`;
}

/** A fieldset of tick boxes (`group:id` values), followed by `after`. */
export function tickGroup(on: FormHandlers, legend: string, group: string, choices: Choice[], after: unknown): TemplateResult {
  return html`<fieldset>
    <legend>${legend}</legend>
    ${choices.map((x) => tickBox(on, `${group}:${x.id}`, x.text))} ${after}
  </fieldset>`;
}

/** What the reminder line says: saved, or the date or time is missing. */
export type ReminderStatus = '' | 'saved' | 'missing';

/** Who and when, and the calendar reminder with its status line (as tall as its longest message from the start). */
export function whoAndWhen({t}: Draft, on: FormHandlers, reminder: ReminderStatus, onReminder: () => void): TemplateResult {
  const saved = msg('The reminder is saved as a calendar file, in your downloads. Open it to add it to your calendar.');
  const missing = msg('Write the date and the time of the appointment first.');
  const shown = {'': '', saved, missing}[reminder];
  const longest = saved.length > missing.length ? saved : missing;
  return html`<div class="field" part="field">
      <label for="who">${msg('Who is the appointment with? (you can leave this empty)')}</label>
      <input id="who" name="who" type="text" autocomplete="off" @input=${on.onText} />
    </div>
    <div class="field" part="field">
      <label for="date">${msg('Date of the appointment (you can leave this empty)')}</label>
      <input id="date" name="date" type="date" ?data-empty=${!t.date} @input=${on.onText} />
    </div>
    <div class="field" part="field">
      <label for="time">${msg('Time of the appointment (you can leave this empty)')}</label>
      <input id="time" name="time" type="time" @input=${on.onText} />
    </div>
    <div class="reminder" part="reminder">
      <button class="button secondary" type="button" @click=${onReminder}>${msg('Add a reminder to my calendar')}</button>
      <p role="status">${sameSize(shown, longest)}</p>
    </div>`;
}

/** What print, download, clear or delete did, as a key. */
export type SheetStatus = '' | 'empty' | 'saved' | 'cleared' | 'forgotten';

/**
 * What the hidden status line tells a screen reader after print or download;
 * undefined for clear and delete, whose lines come with their questions
 * (confirm-question.ts), as they are said only after one was answered.
 */
export const statusText = (status: SheetStatus): string | undefined =>
  ({
    '': '',
    empty: msg('There is nothing on your sheet yet. Write or tick something first.'),
    saved: msg('Your notes are saved as a text file, in your downloads.'),
  })[status as ''];

/**
 * The two lines under the title: what the sheet is for, and where what the
 * reader writes is kept (`kept`: the line for a kept draft, which comes with
 * the persist-only code, since.ts; undefined when that could not load).
 */
export function intro(saveFailed: boolean, persist: boolean, kept?: string): TemplateResult {
  return html`<p>
      ${msg(
        'Tell your neurologist or therapist about the numbness. Don’t just say “I’m fine”. Write a few notes here, then print them or save them.'
      )}
    </p>
    <p>
      ${!persist
        ? msg('Nothing is saved or sent. If you leave this page, your notes are gone, so print or download them first.')
        : (!saveFailed && kept) || msg('This browser did not let us save your notes. Print or download them before you leave this page.')}
    </p>`;
}

/** Print, download and the two delete buttons (clear only when there is something, delete everything only with `persist`). */
export function actionsRow(
  persist: boolean,
  hasNotes: boolean,
  on: {print: () => void; download: () => void; clear: () => void; forget: () => void}
): TemplateResult {
  return html`<div class="actions" part="actions">
    <button class="button" type="button" @click=${on.print}>${msg('Print my notes')}</button>
    <button class="button secondary" type="button" @click=${on.download}>${msg('Download as a text file')}</button>
    ${hasNotes ? html`<button id="clear" class="button secondary" type="button" @click=${on.clear}>${msg('Clear my notes')}</button>` : nothing}
    ${persist
      ? html`<button id="forget" class="button secondary" type="button" @click=${on.forget}>
          ${msg('Delete everything saved on this device')}
        </button>`
      : nothing}
  </div>`;
}

/** Makes every text box and tick box of the form show what `draft` holds (call after each render). */
export function showDraft(root: ParentNode, {t, c}: Draft): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('[part=field] [name]')) {
    const value = t[box.name] ?? '';
    if (box.value !== value) box.value = value;
  }
  for (const box of root.querySelectorAll<HTMLInputElement>('[data-tick]')) box.checked = c.includes(box.value);
}
