import {css} from 'lit';

/**
 * The styles of the colour diary's strip (diary-view.ts), added to the
 * widget when that code arrives: a saved day looks like a palette choice.
 */
export const diaryStyles = css`
  /* Its box is the palette choice's (.option, .day in mood-color.styles.ts). */
  .day {
    flex-wrap: wrap;
  }
  /* The line under the strip keeps the gap every paragraph has. */
  ol.grid {
    margin-block-end: 0.75em;
  }
  .day > span:nth-child(2) {
    flex: 1 1 6em;
  }
  .date {
    display: block;
    font-weight: bold;
  }
  .empty {
    border-style: dashed;
  }
  .sub {
    margin-block: 1.5em 0.5em;
    font-size: 1.1em;
    font-weight: bold;
  }
  .confirm {
    margin-block: 1em;
  }
  @media print {
    .day button {
      display: none;
    }
  }
`;
