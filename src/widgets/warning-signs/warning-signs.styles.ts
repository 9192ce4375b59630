import {css} from 'lit';

/** The styles of <ms-warning-signs> (the shared base styles come from its base class). */
export const warningSignsStyles = css`
  legend {
    margin-block-end: 0.5em;
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
  .sign {
    display: flex;
    align-items: center;
    gap: min(0.75em, 12px);
    min-block-size: var(--_target);
    padding-block: 0.5em;
    padding-inline: min(0.5em, 8px);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* The text may shrink below its longest word, which then wraps instead of pushing the page wide. */
  .sign > span {
    min-inline-size: 0;
  }
  .sign:hover {
    background: var(--_surface);
  }
  .sign:has(:checked) {
    background: var(--_surface-strong);
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .sign:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input {
    flex: none;
    inline-size: min(1.5em, 28px);
    block-size: min(1.5em, 28px);
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  input:focus-visible {
    outline: none;
  }
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
  @media (forced-colors: active) {
    .sign {
      border-color: CanvasText;
    }
    .sign:has(:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 2px Highlight;
    }
  }
  @media print {
    .sign,
    .result {
      break-inside: avoid;
      box-shadow: none;
    }
  }
`;
