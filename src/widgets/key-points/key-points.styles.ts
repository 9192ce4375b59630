import {css} from 'lit';

/** The styles of <ms-key-points> (the shared base styles come from its base class). */
export const keyPointsStyles = css`
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-block-start: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
    padding-block: 1em;
    padding-inline: var(--_inset-small);
  }
  .list {
    margin-block-end: 0;
    padding-inline-start: min(1.25em, 20px);
  }
  .list > li {
    padding-inline-start: 0;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
`;
