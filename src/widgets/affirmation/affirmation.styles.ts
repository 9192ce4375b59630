import {css} from 'lit';

/** The styles of <ms-affirmation> (the shared base styles come from its base class). */
export const affirmationStyles = css`
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
    padding-block: 1.25em;
    padding-inline: 1.5em;
  }
  .list {
    list-style: none;
    padding-inline-start: 0;
    margin-block-end: 0.75em;
    font-size: 1.6em;
    line-height: 1.35;
  }
  .list > li {
    padding-inline-start: 0;
  }
  .list > li + li {
    margin-block-start: 0.25em;
  }
  .closing {
    font-size: 1.25em;
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
`;
