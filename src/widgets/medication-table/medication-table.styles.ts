import {css} from 'lit';

/**
 * The styles of <ms-medication-table> (the shared base styles come from its
 * base class). The safety note is a box of its own, not the shared `.panel`,
 * so the widget does not carry the panel styles' other rules (issue 18).
 */
export const medicationTableStyles = css`
  /* The safety note cannot be hidden, not even with ::part() from the page. */
  .safety {
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    position: static !important;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: var(--_bar) solid var(--_accent);
    border-radius: var(--_radius);
    padding-block: 1em;
    padding-inline: var(--_inset);
    margin-block: 0 1em;
  }
  .safety p:last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .safety {
      border-color: CanvasText;
    }
  }
`;
