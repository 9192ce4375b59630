import {css, html, type TemplateResult} from 'lit';

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

/** Styles of `renderConfirm` (a warning border; the destructive button in the warning colour). */
export const confirmStyles = css`
  .confirm {
    --_warning: var(--ms-warning, #a3290f);
    border: 2px solid var(--_warning);
    border-inline-start-width: 0.5em;
    margin-block: 1em;
  }
  :host([theme='dark']) .confirm {
    --_warning: var(--ms-warning, #ffab91);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .confirm {
      --_warning: var(--ms-warning, #ffab91);
    }
  }
  .confirm > p {
    margin-block: 0 0.75em;
    font-weight: bold;
  }
  .confirm .actions {
    margin-block: 0;
  }
  .button.danger {
    border-color: var(--_warning);
    color: inherit;
  }
  @media (forced-colors: active) {
    .confirm {
      border-color: CanvasText;
    }
    .button.danger {
      border-color: ButtonText;
    }
  }
  @media print {
    .confirm {
      display: none;
    }
  }
`;
