import {css} from 'lit';

/** The styles of <ms-why-numbness> (the shared base styles come from its base class). */
export const whyNumbnessStyles = css`
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: 0.5em;
  }
  summary {
    display: list-item;
    min-block-size: var(--_target);
    padding-block: 0.6em;
    padding-inline: var(--_inset-small);
    font-weight: bold;
    font-size: 1.1em;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  summary:hover {
    text-decoration: underline;
  }
  summary:focus-visible {
    outline-offset: 0;
  }
  details[open] > summary {
    background: var(--_surface-strong);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .panel-body {
    padding-block: 1em 0.25em;
    padding-inline: var(--_inset-small);
  }
  .emphasis {
    font-weight: bold;
    font-size: 1.1em;
  }
  .diagram {
    container-type: inline-size;
    margin-block: 0 1em;
    margin-inline: 0;
  }
  .diagram-layout {
    display: grid;
    gap: 1em 1.5em;
    align-items: center;
  }
  @container (min-width: 36em) {
    .diagram-layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  figcaption {
    margin-block-start: 0.5em;
    font-size: max(0.95em, 16px);
  }
  .regions {
    margin: 0;
    padding-inline-start: min(2em, 32px);
  }
  .regions > li {
    padding-block: 0.35em;
    padding-inline: min(0.5em, 8px);
    border-radius: var(--_radius);
  }
  .regions > li::marker {
    font-weight: bold;
  }
  .regions > li.active {
    background: var(--_surface-strong);
    outline: 2px solid currentColor;
  }
  .term {
    display: block;
    font-weight: bold;
  }
  dl {
    margin-block: 0 1em;
  }
  dd {
    margin-block: 0 0.5em;
    margin-inline: var(--_inset-small) 0;
  }
  dt {
    font-weight: bold;
  }
  @media (forced-colors: active) {
    details {
      border-color: CanvasText;
    }
    .regions > li.active {
      outline-color: Highlight;
    }
  }
`;
