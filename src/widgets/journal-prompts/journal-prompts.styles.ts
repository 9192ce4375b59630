import {css} from 'lit';

/** The styles of <ms-journal-prompts> (the shared base styles come from its base class; the writing box's come with it, writing.ts). */
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
`;
