import {css} from 'lit';

/**
 * The styles of <ms-references> (the shared base styles come from its base
 * class). It carries the two text rules it uses, not all of `panelStyles`
 * (whose boxes it never shows): web addresses may break anywhere, and the
 * new-tab hint is for screen readers only (issue 18: on the first paint).
 */
export const referencesStyles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* APA hanging indent. */
  li {
    padding-inline-start: min(2em, 32px);
    text-indent: max(-2em, -32px);
  }
  li + li {
    margin-block-start: 0.75em;
  }
  a {
    overflow-wrap: anywhere;
    hyphens: none;
  }
`;
