import {css} from 'lit';

/**
 * Styles of the crisis help part; every rule sits under `.crisis`, so a
 * widget's own classes are never touched. These are the one-line form's and
 * the chooser's (every widget with crisis help); card-styles.ts has the full
 * form's (ms-crisis-help), in a file of its own so the other widgets never
 * carry them.
 */
export const crisisHelpStyles = css`
  .crisis .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0;
  }
  /* Room kept for a line's button while it loads: the usual width of one. */
  .crisis .inline .pending {
    visibility: hidden;
    inline-size: 14.25em;
    max-inline-size: 100%;
  }
  /* A line's number goes to the next line rather than split; a web address may break anywhere (details.ts boxed()). */
  .crisis .tel {
    display: inline-block;
  }
  .crisis .host {
    overflow-wrap: anywhere;
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
