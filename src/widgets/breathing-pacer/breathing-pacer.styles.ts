import {css} from 'lit';

/**
 * The styles of <ms-breathing-pacer>'s first screen (the shared base styles come from its
 * base class, the button from core/button-styles.ts); those of a running session (the
 * seconds count, the fill, the current step) come with it (session-styles.ts).
 * The shape's size breathed out is `--_small` (1 = full size): the
 * animation (shape-animation.ts, with the session) reads it from here.
 */
export const breathingPacerStyles = css`
  .stage,
  .now,
  .stats,
  .message,
  .hint,
  .safety {
    text-align: center;
  }
  .still {
    display: none;
  }
  .stage {
    --_small: 0.55;
    position: relative;
    display: grid;
    place-items: center;
    inline-size: min(15em, 100%);
    aspect-ratio: 1;
    margin: 0.5em auto 0.5em;
  }
  .shape {
    position: absolute;
    inset: 0;
    border-radius: 50%;
    background: var(--_surface-strong);
    border: 3px solid var(--_accent);
    transform: scale(var(--_small));
  }
  /* A control or line kept at the size of its largest text: the others sit invisibly in the same cell. */
  .steady {
    display: inline-grid;
  }
  div.steady {
    display: grid;
  }
  .steady > * {
    grid-area: 1 / 1;
    /* The cell is as wide as the line, not as the longest word of any text: a
       word wider than the line (large text in a narrow column) breaks instead
       of sticking out. */
    min-inline-size: 0;
  }
  .ghost {
    visibility: hidden;
  }
  .now,
  .word,
  dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: bold;
  }
  .pattern,
  .stats,
  .controls,
  .pace,
  .toggles,
  .length {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0;
    margin: 0 0 1em;
    list-style: none;
  }
  /* A figure wider than the line (large text in a narrow column) wraps inside its own box. */
  .stats > *,
  .pattern > * {
    min-inline-size: 0;
  }
  .message {
    margin: 0 0 1em;
  }
  .pattern li {
    padding-block: 0.25em;
    /* Stops growing past 16px text: "4 secondes" fits a 256 px column at 200 %. */
    padding-inline: min(0.75em, 12px);
    border: 2px solid transparent;
    border-radius: 1em;
  }
  dd {
    font-variant-numeric: tabular-nums;
  }
  .big {
    /* 20px, or the text's size when that is larger: at 320 px and 200 % text
       the labels fit a button that is never wider than its row. */
    font-size: max(1em, 20px);
    min-inline-size: min(7em, 100%);
  }
  .choices {
    margin: 0 0 1em;
    padding-block: 0.75em;
    border-block: 1px solid var(--_border);
  }
  .choice-label {
    font-weight: bold;
  }
  .select {
    box-sizing: border-box;
    min-block-size: var(--_target);
    /* Small and no larger past 16px text: large text keeps the room for the chosen length (its arrow has its own). */
    padding-inline: min(0.25em, 4px);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    max-inline-size: 100%;
  }
  .select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .button.secondary {
    background: transparent;
    color: inherit;
  }
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
    text-decoration: none;
  }
  .hint {
    margin: 0 0 0.5em;
  }
  .safety {
    margin: 0;
  }
  :host([reduced-motion]) .shape {
    transform: none;
  }
  :host([reduced-motion]) .motion {
    display: none;
  }
  :host([reduced-motion]) .still {
    display: block;
  }
  @media (prefers-reduced-motion: reduce) {
    .shape {
      transform: none;
    }
    .motion {
      display: none;
    }
    .still {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .shape {
      border-color: CanvasText;
    }
    .select {
      border-color: ButtonText;
    }
  }
`;
