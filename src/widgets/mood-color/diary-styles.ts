import {css} from 'lit';

/**
 * The styles of the colour diary's strip (diary-view.ts), added to the
 * widget when that code arrives: a saved day looks like a palette choice.
 */
export const diaryStyles = css`
  .day {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    min-block-size: var(--_target);
    padding-block: 0.25em;
    padding-inline: var(--_inset-small);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
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
