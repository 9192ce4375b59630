import {css} from 'lit';

/** The styles of <ms-affirmation> (the shared base styles come from its base class). */
export const affirmationStyles = css`
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: var(--_bar) solid var(--_accent);
    border-radius: var(--_radius);
    padding-block: 1.25em;
    padding-inline: var(--_inset);
  }
  /* The title stays larger than the affirmation under it. Both grow less
     than the text around them when the reader enlarges text, so long words
     still fit on a line. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: min(1.75em, 1em + 12px);
  }
  .list {
    list-style: none;
    padding-inline-start: 0;
    margin-block-end: 0.75em;
    font-size: min(1.5em, 1em + 8px);
    line-height: 1.35;
  }
  .list > li {
    padding-inline-start: 0;
  }
  .list > li + li {
    margin-block-start: 0.25em;
  }
  .closing {
    font-size: min(1.25em, 1em + 4px);
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
`;
