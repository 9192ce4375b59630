import {css} from 'lit';

/** The styles of <ms-warning-signs> (the shared base styles come from its base class). */
export const warningSignsStyles = css`
  legend {
    margin-block-end: 0.5em;
  }
  .button.secondary {
    background: transparent;
    color: inherit;
  }
  ul,
  ol {
    margin-block: 0 0.75em;
    padding-inline-start: min(1.5em, 24px);
  }
  .signs {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  /* Each sign is a .choice row (core/control-styles.ts). */
  .status {
    font-weight: bold;
    margin-block: 0.75em;
  }
  .result {
    margin-block-end: 1em;
  }
  .result > :last-child {
    margin-block-end: 0;
  }
  .small {
    font-size: max(0.875em, 16px);
  }
  @media print {
    .sign,
    .result {
      break-inside: avoid;
      box-shadow: none;
    }
  }
`;
