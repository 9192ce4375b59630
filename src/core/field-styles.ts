import {css} from 'lit';

/**
 * Text fields (`textarea`, and text, date and time inputs): a 2px border on
 * the widget's border colour, at least a target tall, in the widget's font. In
 * forced colours their border is the text colour: Firefox otherwise swaps a
 * field's border for a light system grey, and a reader cannot see where to
 * type. Used by the appointment sheet, the mood colour's word and the
 * journal's writing box. The selectors weigh nothing (`:where`), so a widget's
 * own size and spacing win; a widget sets no border on its fields.
 */
export const fieldStyles = css`
  :where(textarea, input[type='text'], input[type='date'], input[type='time']) {
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
    :where(textarea, input[type='text'], input[type='date'], input[type='time']) {
      border-color: CanvasText;
    }
  }
`;
