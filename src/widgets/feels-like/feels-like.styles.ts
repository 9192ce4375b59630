import {css} from 'lit';

/**
 * The styles of <ms-feels-like> (the shared base styles come from its base
 * class). The reassurance is a box of its own, not the shared `.panel`, so the
 * widget does not carry the panel styles' other rules (issue 18).
 */
export const feelsLikeStyles = css`
  .reassurance {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: var(--_bar) solid var(--_accent);
    border-radius: var(--_radius);
    padding-block: 1em;
    padding-inline: var(--_inset);
  }
  .reassurance p:last-child {
    margin-block-end: 0;
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .reassurance {
      border-color: CanvasText;
    }
  }
`;
