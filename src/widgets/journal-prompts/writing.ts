/**
 * The journal's private writing box (shown only with `writing`): the box,
 * the privacy line, Download and Delete, and the status line. Not on the
 * first paint of a journal without `writing`; with `writing` it is loaded
 * (load-writing.ts) before the first render that shows it, so nothing jumps.
 * It imports nothing from the widget's own chunk; the widget passes what it
 * shows and does.
 */
import {css, html, type LitElement, type TemplateResult} from 'lit';
import {msg} from '../../core/localize.js';
import {fieldStyles} from '../../core/field-styles.js';
import {actionStyles} from '../../parts/action-styles.js';
import {addLateStyles} from '../../parts/late-styles.js';

const writingStyles = css`
  textarea {
    min-block-size: 10em;
    margin-block: 1em;
    padding-inline: 0.75em;
    resize: vertical;
  }
`;

/** Added to the widget once (the same array each time, so it is known as added). */
const lateStyles = [actionStyles, fieldStyles, writingStyles];

/** What the box shows and does (from the widget). */
export interface WritingView {
  text: string;
  /** Storage refused the writing (or its code could not be loaded). */
  failed: boolean;
  persist: boolean;
  /** The status line's key. */
  status: '' | 'deleted' | 'unavailable';
  /** The "are you sure?" question, when it is open (it replaces the buttons). */
  question?: TemplateResult;
  onInput: (text: string) => void;
  onChange: () => void;
  download: () => void;
  ask: () => void;
}

/** The box and its lines; it adds its styles to the widget (once). */
export function renderWriting(el: LitElement, v: WritingView): TemplateResult {
  addLateStyles(el, lateStyles);
  const privacy = v.failed
    ? msg('Your writing could not be saved in this browser. Download it to keep it.')
    : v.persist
      ? msg('What you write stays on this device. It is saved in this browser until you delete it.')
      : msg('What you write stays on this device and is not saved. It is gone when you leave the page. Download it to keep it.');
  return html`
    <textarea
      id="writing"
      part="textarea"
      aria-describedby="privacy"
      .value=${v.text}
      @input=${(e: Event) => v.onInput((e.target as HTMLTextAreaElement).value)}
      @change=${v.onChange}
    ></textarea>
    <p id="privacy" part="privacy">${privacy}</p>
    ${v.question ??
    html`<div class="actions" part="actions">
      <button type="button" class="button secondary" @click=${v.download}>${msg('Download my writing')}</button>
      <button type="button" class="button secondary" id="delete" @click=${v.ask}>${msg('Delete my writing')}</button>
    </div>`}
    <p role="status">
      ${v.status === 'deleted'
        ? msg('Your writing was deleted.')
        : v.status
          ? msg('This could not load. Check your connection and try again.')
          : ''}
    </p>
  `;
}
