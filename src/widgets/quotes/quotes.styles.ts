import {css} from 'lit';

/**
 * The styles of <ms-quotes> (the shared base styles come from its base class;
 * the Previous / Next row of `mode="one"` brings its own, in controls.ts).
 */
export const quotesStyles = css`
  figure {
    margin: 0 0 1em;
    padding: 1em var(--_inset);
    background: var(--_surface);
    /* Transparent, except in forced colours, where the browser draws every border in the text colour: the box keeps its outline. */
    border: 1px solid transparent;
    border-inline-start: var(--_bar) solid var(--_accent);
    border-radius: var(--_radius);
  }
  blockquote {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.45;
  }
  figcaption {
    margin-block-start: 0.5em;
    font-weight: bold;
  }
  figcaption::before {
    content: '— ' / '';
  }
  .translated {
    display: block;
    font-weight: normal;
    font-size: max(0.875em, 16px);
    font-style: italic;
  }
  .note {
    margin-block-end: 0;
  }
`;
