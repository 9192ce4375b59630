import {css} from 'lit';

/** The styles of <ms-numbness-comparison> (the shared base styles come from its base class). */
export const numbnessComparisonStyles = css`
  .note {
    margin-block: 0.75em 0;
  }
`;
