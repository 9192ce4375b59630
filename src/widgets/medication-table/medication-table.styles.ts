import {css} from 'lit';

/**
 * The styles of <ms-medication-table> (the shared base styles come from its
 * base class). The safety note is a box like the shared `.panel`, written
 * here with its edge; in forced colours the browser draws its borders in the
 * text colour, so it needs no rule of its own.
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
    padding: 1em var(--_inset);
    margin-block-end: 1em;
  }
  .safety p:last-child {
    margin-block-end: 0;
  }
`;
