import {css} from 'lit';

/**
 * The styles of <ms-why-numbness> on first paint: the causes and their titles
 * (the shared base styles come from its base class; what is inside the causes
 * is styled by panels.ts, loaded with it).
 */
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
    /* A little larger than the text, but not much more when the text is large:
       the first word shares its line with the marker. */
    font-size: min(1.1em, 1em + 1.6px);
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
  @media (forced-colors: active) {
    details {
      border-color: CanvasText;
    }
  }
`;
