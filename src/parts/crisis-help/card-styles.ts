import {css} from 'lit';

/** Styles of the crisis help's full form (ms-crisis-help), with crisisHelpStyles; every rule sits under `.crisis`. */
export const crisisCardStyles = css`
  .crisis .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.5em 0;
  }
  .crisis .emergency {
    border-inline-start-width: var(--_bar);
    border-inline-start-color: var(--_accent);
    margin-block-end: 1em;
  }
  .crisis .emergency p {
    margin: 0;
  }
  .crisis .emergency .button {
    font-size: 1.25em;
  }
  .crisis .lines {
    list-style: none;
    padding: 0;
    margin-block: 0 1em;
    display: grid;
    gap: 0.75em;
  }
  .crisis .lines > li {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 0.75em;
    padding-inline: var(--_inset-small);
  }
  /* Room kept for a line while it loads: the usual height of one at this width (measured, 16 px text). */
  .crisis .lines {
    container-type: inline-size;
  }
  .crisis .lines > .pending {
    border-color: transparent;
    min-block-size: 9.875em;
  }
  @container (max-width: 31.25em) {
    .crisis .lines > .pending {
      min-block-size: 10.625em;
    }
  }
  @container (max-width: 25em) {
    .crisis .lines > .pending {
      min-block-size: 12.125em;
    }
  }
  @container (max-width: 18.75em) {
    .crisis .lines > .pending {
      min-block-size: 14.25em;
    }
  }
  .crisis .lines p {
    margin-block: 0 0.25em;
  }
  .crisis .name {
    font-weight: bold;
  }
  .crisis .note {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .crisis .lines > li {
      border-color: CanvasText;
    }
  }
`;
