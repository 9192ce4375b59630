import {css} from 'lit';

/** The styles of <ms-journal-prompts> (the shared base styles come from its base class). */
export const journalPromptsStyles = css`
  .prompt {
    margin-block: 0 1em;
  }
  .prompt p {
    margin: 0;
  }
  .text {
    display: block;
    font-size: 1.25em;
    font-weight: bold;
    line-height: 1.4;
    margin-block: 0.25em;
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 10em;
    margin-block: 1em;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    resize: vertical;
  }
`;
