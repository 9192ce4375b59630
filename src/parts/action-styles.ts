import {css} from 'lit';

/**
 * `.actions`, one row of buttons, the same in every widget: it wraps at
 * narrow widths and is not printed. Part of `controlStyles`
 * (core/control-styles.ts); on its own for the widgets whose rows of buttons
 * carry no other control styles.
 */
export const actionStyles = /* @__PURE__ */ css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1em;
  }
  @media print {
    .actions {
      display: none;
    }
  }
`;
