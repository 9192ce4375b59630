import {css} from 'lit';

/** The styles of <ms-feels-like> (the shared base styles come from its base class). */
export const feelsLikeStyles = css`
  .reassurance {
    border-inline-start: var(--_bar) solid var(--_accent);
  }
  .reassurance p:last-child {
    margin-block-end: 0;
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .reassurance {
      border-inline-start-color: CanvasText;
    }
  }
`;
