import {css} from 'lit';

/** The styles of <ms-coping-steps> (the shared base styles come from its base class). */
export const copingStepsStyles = css`
  .toolbar,
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1em;
    margin-block: 0 1em;
  }
  .toolbar p {
    margin: 0;
  }
  .nav {
    justify-content: space-between;
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Every step is a .panel; these styles come after the panel's, so its inset wins. */
  .step {
    margin-block: 0 1em;
    padding-inline: var(--_inset-small);
  }
  .progress,
  .label {
    font-weight: bold;
    margin-block-end: 0.25em;
  }
  ul {
    margin-block: 0 0.75em;
    /* Room for the marker: a share of the width, so at 320 px and 200 % text
       an item keeps 85 % of the widget's width for whole words. */
    padding-inline-start: clamp(16px, 6%, 24px);
  }
  li li {
    margin-block: 0.25em;
  }
  .caution {
    border-inline-start: var(--_bar) solid var(--_accent);
    padding-inline-start: min(0.75em, 8px);
    font-weight: bold;
  }
`;
