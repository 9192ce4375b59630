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
  textarea,
  input[name] {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
  }
  [type='date'] {
    inline-size: auto;
  }
  /* An empty date must not look chosen: WebKit draws today's date in an empty field, Chromium a
     date pattern. Until the reader picks a date they show in the hint colour, in italics. */
  [type='date'][data-empty]:not(:focus)::-webkit-datetime-edit {
    color: var(--_border);
    font-style: italic;
  }
  textarea {
    min-block-size: 5.5em;
    field-sizing: content;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-block-size: var(--_target);
    padding-block: 0.5em;
    cursor: pointer;
  }
  [type='checkbox'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  @media print {
    [part='crisis'] {
      display: none;
    }
  }
`;
