import {css} from 'lit';

/**
 * The buttons and `.same-size` labels alone, for the widgets whose only
 * controls are buttons (issue 18: they do not carry the choice styles, in
 * ./control-styles.ts, which includes these). `primaryButtonStyles` is the
 * `.button` alone (no secondary, disabled or same-size rules), for a widget
 * whose one control is a primary button or a link that looks like one;
 * `buttonStyles` includes it.
 */
export const primaryButtonStyles = /* @__PURE__ */ css`
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
    /* Like the insets, stops growing past its size at 16px text: large text keeps the room for words. */
    padding-inline: min(1em, 16px);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: bold;
    line-height: 1.25;
    text-align: center;
    /* A button's text is a flex item, which never gets narrower than its
       longest word: a word wider than the button (large text in a narrow
       column) would stick out of it. This lets it break instead, and only
       then: words still wrap whole first. */
    overflow-wrap: anywhere;
    cursor: pointer;
    touch-action: manipulation;
  }
  .button:hover {
    text-decoration: underline;
  }
  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
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
`;

// Made in a function, so a bundle that does not use it drops it (a tagged template alone cannot be marked pure).
export const buttonStyles = /* @__PURE__ */ (() => css`
  ${primaryButtonStyles}
  .button.secondary {
    background: transparent;
    color: inherit;
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
    min-inline-size: 0;
  }
  /* In a button the shown text sits in the middle of the room the longer one keeps
     (a status line keeps its text at the top). */
  .button .same-size > * {
    align-self: center;
  }
  .same-size::after {
    content: attr(data-other) / '';
    visibility: hidden;
  }
`)();
