import {css} from 'lit';
import {panelStyles} from './panel-styles.js';

export {panelStyles};

/**
 * Shared styles of controls, for the widgets that have them (the rest do not
 * carry them, issue 18): `.button` (and `.button.secondary`) with large
 * targets, visible focus and forced colours; `.same-size` labels
 * (parts/same-size.ts); `fieldset` / `legend` without a box of their own;
 * `.choice`, the large row every tick box and radio sits in;
 * `.actions`, one row of buttons (the same in every widget; it wraps at
 * narrow widths and is not printed). Add `controlStyles` after the
 * element's inherited styles. It includes `panelStyles`.
 */
export const controlStyles = /* @__PURE__ */ css`${panelStyles}
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
  /* One look for every tick box and radio (issue 13): a large row, clickable
     anywhere, with a clear checked state in light, dark and forced colours. */
  .choice {
    display: flex;
    align-items: center;
    gap: min(0.5em, 8px);
    min-block-size: var(--_target);
    padding-block: 0.5em;
    padding-inline: min(0.375em, 6px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice > span {
    min-inline-size: 0;
  }
  .choice:hover {
    background: var(--_surface);
  }
  .choice:has(:checked) {
    background: var(--_surface-strong);
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice > input {
    flex: none;
    inline-size: min(1.5em, 24px);
    block-size: min(1.5em, 24px);
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .choice > input:focus-visible {
    outline: none;
  }
  @media (forced-colors: active) {
    .choice {
      border-color: CanvasText;
    }
    .choice:has(:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 2px Highlight;
    }
  }
`;
