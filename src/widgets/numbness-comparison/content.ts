import {msg} from '../../core/localize.js';
import type {TableData} from '../../behaviors/host-content.js';

/**
 * The article's "Numbness vs. Sadness" table. A function, not a constant, so
 * that every string is looked up in the language of the widget rendering it.
 */
export function comparisonTable(): TableData {
  return {
    columns: [
      msg('Feature', {desc: 'Column header: the aspect of experience compared in each row.'}),
      msg('Emotional numbness'),
      msg('Sadness or typical depression'),
    ],
    rows: [
      {header: msg('Emotional response'), cells: [msg('Flat, indifferent'), msg('Sad, tearful')]},
      {header: msg('Thought patterns'), cells: [msg('“I feel nothing”'), msg('“I feel everything hurts”')]},
      {header: msg('Crying'), cells: [msg('Often can’t cry'), msg('May cry often')]},
      {header: msg('Motivation'), cells: [msg('Low or absent'), msg('May want to feel better')]},
      {header: msg('Body sensations'), cells: [msg('Often muted'), msg('Often heavy or tense')]},
      {
        header: msg('Awareness'),
        cells: [msg('“I know I should feel something, but I don’t”'), msg('“I feel overwhelmed by emotion”')],
      },
    ],
  };
}
