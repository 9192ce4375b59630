import {css, unsafeCSS} from 'lit';
import {FILLED} from './shape.js';

/**
 * The styles of a running session (the shape breathed in, the current step,
 * the fill with reduced motion), added to the widget with the session's code
 * (session.ts): before it, nothing runs, so the first screen does not carry
 * them. The fill's opacity comes from shape.ts through `--_filled`.
 */
export const sessionStyles = css`
  .stage {
    --_filled: ${unsafeCSS(FILLED)};
  }
  /* Empty on the first screen (nothing is counted or filled before a session), so they come with it. */
  .count {
    position: relative;
    font-size: 2em;
    font-weight: bold;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .fill {
    position: absolute;
    inset: 0;
    border-radius: 50%;
    background: var(--_accent);
    opacity: 0;
  }
  [data-phase='inhale'] .shape,
  [data-phase='hold-in'] .shape {
    transform: none;
  }
  .pattern [aria-current='step'] {
    border-color: var(--_accent);
    background: var(--_surface-strong);
    font-weight: bold;
  }
  :host([reduced-motion]) [data-phase='inhale'] .fill,
  :host([reduced-motion]) [data-phase='hold-in'] .fill {
    opacity: var(--_filled);
  }
  @media (prefers-reduced-motion: reduce) {
    /* The shared theme shortens every transition to 0.01 ms here; the pacer has none of its own, so a
       changed style (the current step's border and weight) just changes, with no transition started. */
    *,
    *::before,
    *::after {
      transition-property: none;
    }
    [data-phase] .shape {
      transform: none;
    }
    [data-phase='inhale'] .fill,
    [data-phase='hold-in'] .fill {
      opacity: var(--_filled);
    }
  }
  @media (forced-colors: active) {
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    .pattern [aria-current='step'] {
      border-color: Highlight;
    }
  }
`;
