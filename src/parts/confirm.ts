import {html, type TemplateResult} from 'lit';

export {confirmStyles} from './confirm-styles.js';

export interface ConfirmOptions {
  /** Id of the question (the group is labelled by it). */
  id: string;
  /** The question, saying what goes and that it cannot be undone. */
  question: string;
  /** The safe choice, such as "No, keep it" (shown first, and focused on open). */
  keep: string;
  /** The destructive choice, such as "Yes, delete it". */
  destroy: string;
  onKeep: () => void;
  onDestroy: () => void;
}

/**
 * The in-page "are you sure?" box before deleting (never `window.confirm`):
 * styled as a warning, the safe choice first and filled, the destructive one
 * outlined in the warning colour. Escape keeps everything. Use it with
 * `ConfirmController` (behaviors/confirm.ts), which moves the focus.
 */
export function renderConfirm(o: ConfirmOptions): TemplateResult {
  return html`<div
    class="confirm panel"
    part="confirm"
    role="group"
    aria-labelledby=${o.id}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      o.onKeep();
    }}
  >
    <p id=${o.id}>${o.question}</p>
    <div class="actions">
      <button type="button" class="button" data-confirm="keep" @click=${o.onKeep}>${o.keep}</button>
      <button type="button" class="button secondary danger" data-confirm="delete" @click=${o.onDestroy}>${o.destroy}</button>
    </div>
  </div>`;
}
