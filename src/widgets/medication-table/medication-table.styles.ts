import {css} from 'lit';

/** The styles of <ms-medication-table> (the shared base styles come from its base class). */
export const medicationTableStyles = css`
  /* The safety note cannot be hidden, not even with ::part() from the page. */
  .safety {
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    position: static !important;
    border-inline-start: var(--_bar) solid var(--_accent);
    margin-block-end: 1em;
  }
  .safety p:last-child {
    margin-block-end: 0;
  }
`;
