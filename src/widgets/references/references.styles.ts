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
    padding-inline-start: 2em;
    text-indent: -2em;
  }
  .list > li + li {
    margin-block-start: 0.75em;
  }
  cite {
    font-style: italic;
  }
`;
