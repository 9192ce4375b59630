import {css} from 'lit';

/**
 * Styles of the crisis help part; every rule sits under `.crisis`, so a
 * widget's own classes are never touched. `crisisHelpStyles`: the one-line
 * form and the chooser (every widget with crisis help); `crisisCardStyles`:
 * the full form too (ms-crisis-help).
 */
export const crisisHelpStyles = css`
  .crisis .actions,
  .crisis .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.5em 0;
  }
  .crisis .inline {
    margin: 0;
  }
  .crisis .inline .pending {
    visibility: hidden;
    inline-size: 12em;
  }
  .crisis .chooser {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    max-inline-size: 100%;
  }
  .crisis .chooser label {
    font-weight: bold;
  }
  .crisis select {
    min-block-size: var(--_target);
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
  }
  .crisis select option {
    background: Canvas;
    color: CanvasText;
  }
  @media (forced-colors: active) {
    .crisis select {
      border-color: CanvasText;
    }
  }
  @media print {
    .crisis .chooser {
      display: none;
    }
  }
`;

export const crisisCardStyles = css`
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
  .crisis .lines > .pending {
    border-color: transparent;
    min-block-size: 11em;
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
