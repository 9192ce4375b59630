import {css} from 'lit';

/**
 * Shared styles of controls, for the widgets that have them (the rest do not
 * carry them, issue 18): `.button` (and `.button.secondary`) with large
 * targets, visible focus and forced colours; `.same-size` labels
 * (parts/same-size.ts); `fieldset` / `legend` without a box of their own;
 * `.actions`, one row of buttons (the same in every widget; it wraps at
 * narrow widths and is not printed). Add `controlStyles` after the
 * element's inherited styles.
 */
export const controlStyles = /* @__PURE__ */ css`
  .button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: bold;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
    touch-action: manipulation;
  }
  .button.secondary {
    background: transparent;
    color: inherit;
  }
  .button:hover {
    text-decoration: underline;
  }
  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* A label as large as its longest variant (parts/same-size.ts). */
  .same-size {
    display: inline-grid;
  }
  .same-size > *,
  .same-size::after {
    grid-area: 1 / 1;
  }
  .same-size::after {
    content: attr(data-other) / '';
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    .button:focus-visible {
      outline-color: Highlight;
    }
  }
  /* Fieldsets group choices for screen readers; they carry no box of their own. */
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: bold;
  }
  /* One row of buttons, the same in every widget; it wraps at narrow widths and is not printed. */
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
