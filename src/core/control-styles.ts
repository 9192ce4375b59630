import {css} from 'lit';
import {buttonStyles} from './button-styles.js';
import {panelStyles} from './panel-styles.js';
import {actionStyles} from '../parts/action-styles.js';

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
/** Fieldsets and `.choice` (the buttons are in ./button-styles.ts, `.actions` in parts/action-styles.ts). */
export const choiceStyles = /* @__PURE__ */ css`
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
    /* A form control's text is 13.33px unless told otherwise: the box is 24px, not 20px. */
    font-size: inherit;
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

/** Panels, buttons, fieldsets, `.actions` and `.choice`: every control style. */
// Made in a function, so a bundle that does not use it drops it (a tagged template alone cannot be marked pure).
export const controlStyles = /* @__PURE__ */ (() => css`${panelStyles}${buttonStyles}${actionStyles}${choiceStyles}`)();
