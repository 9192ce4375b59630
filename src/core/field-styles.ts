import {css} from 'lit';

/**
 * Text fields (`textarea`, and `input` with a `name`): a 2px border on the
 * widget's border colour, at least a target tall, in the widget's font. In
 * forced colours their border is the text colour: Firefox otherwise swaps a
 * field's border for a light system grey, and a reader cannot see where to
 * type. Used by the appointment sheet and the journal's writing box; a widget
 * adds its own size and spacing after it.
 */
export const fieldStyles = css`
  textarea,
  input[name] {
    display: block;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
  }
  @media (forced-colors: active) {
    textarea,
    input[name] {
      border-color: CanvasText;
    }
  }
`;
