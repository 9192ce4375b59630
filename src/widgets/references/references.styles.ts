import {css} from 'lit';

/**
 * The styles of <ms-references> (the shared base styles come from its base
 * class). The two rules it needs of the shared panel styles are here (long
 * addresses break anywhere; the new-tab hint is for screen readers only), so
 * the widget does not carry the rest (issue 18).
 */
export const referencesStyles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* APA hanging indent. */
  .list > li {
    padding-inline-start: min(2em, 32px);
    text-indent: max(-2em, -32px);
  }
  .list > li + li {
    margin-block-start: 0.75em;
  }
  a {
    overflow-wrap: anywhere;
    hyphens: none;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
