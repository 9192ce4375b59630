import {css} from 'lit';

/** The styles of <ms-references> (the shared base styles come from its base class). */
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
`;
