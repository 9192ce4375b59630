import {css} from 'lit';

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
