import {css} from 'lit';

/** The styles of <ms-mood-color> (the shared base styles come from its base class). */
export const moodColorStyles = css`
  legend,
  label[for] {
    display: block;
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: bold;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.5em;
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .option,
  .day {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    padding-block: 0.25em;
    padding-inline: var(--_inset-small);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .option {
    cursor: pointer;
  }
  .option:has(:checked) {
    background: var(--_surface-strong);
    outline: 3px solid var(--_accent);
  }
  .option:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  [type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
    outline: none;
  }
  .swatch {
    flex: none;
    inline-size: 1.75em;
    block-size: 1.75em;
    border: 2px solid var(--_border);
    border-radius: 0.25em;
    background: var(--c);
    forced-color-adjust: none;
  }
  .empty {
    border-style: dashed;
  }
  #word {
    inline-size: min(100%, 24em);
    min-block-size: var(--_target);
    padding-inline: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
  }
  .field,
  .confirm {
    margin-block: 1em;
  }
  .sub {
    margin-block: 1.5em 0.5em;
    font-size: 1.1em;
    font-weight: bold;
  }
  .day {
    flex-wrap: wrap;
  }
  .day > span:nth-child(2) {
    flex: 1 1 6em;
  }
  .date {
    display: block;
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      outline-color: Highlight;
    }
    .swatch {
      border-color: CanvasText;
    }
  }
  @media print {
    .day button {
      display: none;
    }
  }
`;
