import {css} from 'lit';

/** The styles of <ms-crisis-help> (the shared base styles come from its base class). */
export const crisisHelpStyles = css`
  .actions,
  .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.5em 0;
  }
  .inline {
    margin: 0;
  }
  .emergency {
    border-inline-start-width: var(--_bar);
    border-inline-start-color: var(--_accent);
    margin-block-end: 1em;
  }
  .emergency p {
    margin: 0;
  }
  .emergency .button {
    font-size: 1.25em;
  }
  .lines {
    list-style: none;
    padding: 0;
    margin-block: 0 1em;
    display: grid;
    gap: 0.75em;
  }
  .lines > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 0.75em;
    padding-inline: var(--_inset-small);
  }
  .lines p {
    margin-block: 0 0.25em;
  }
  .name {
    font-weight: bold;
  }
  .small {
    font-size: max(0.875em, 16px);
  }
  @media (forced-colors: active) {
    .lines > li {
      border-color: CanvasText;
    }
  }
`;
