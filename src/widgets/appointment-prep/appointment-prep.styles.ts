import {css} from 'lit';

/** The styles of <ms-appointment-prep> (the shared base styles come from its base class). */
export const appointmentPrepStyles = css`
  fieldset {
    margin-block-start: 1.5em;
  }
  legend,
  label[for] {
    display: block;
    padding: 0;
    font-weight: bold;
  }
  .field,
  .panel,
  .hint {
    margin-block: 0 0.25em;
  }
  /* An empty date must not look chosen: WebKit draws today's date in an empty field, Chromium a
     date pattern. Until the reader picks a date they show in the hint colour, in italics. */
  [type='date'][data-empty]:not(:focus)::-webkit-datetime-edit {
    color: var(--_border);
    font-style: italic;
  }
  .since .sub {
    margin-block: 1em 0.25em;
    font-weight: bold;
  }
  .reminder {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block: 1em;
  }
  .reminder p {
    flex: 1 1 14em;
    min-inline-size: 0;
    margin: 0;
  }
  /* A block, not an inline grid: an empty line must be as tall as a written one. */
  .reminder p > .same-size {
    display: grid;
  }
  textarea {
    min-block-size: 5.5em;
    field-sizing: content;
  }
  .check {
    margin-block: 0.5em;
  }
  @media print {
    .reminder,
    [part='crisis'] {
      display: none;
    }
  }
`;
