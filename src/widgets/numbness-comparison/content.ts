import {msg} from '../../core/localize.js';
import type {TableRows} from '../../parts/responsive-table.js';

/**
 * The article's "Numbness vs. Sadness" table: column headers, then one row per
 * feature. A function, not a constant, so that every string is looked up in
 * the language of the widget rendering it.
 */
export const comparisonTable = (): TableRows => [
  [
    msg('Feature', {desc: 'Column header: the aspect of experience compared in each row.'}),
    msg('Emotional numbness'),
    msg('Sadness or typical depression'),
  ],
  [msg('Emotional response'), msg('Flat, indifferent'), msg('Sad, tearful')],
  [msg('Thought patterns'), msg('“I feel nothing”'), msg('“I feel everything hurts”')],
  [msg('Crying'), msg('Often can’t cry'), msg('May cry often')],
  [msg('Motivation'), msg('Low or absent'), msg('May want to feel better')],
  [msg('Body sensations'), msg('Often muted'), msg('Often heavy or tense')],
  [msg('Awareness'), msg('“I know I should feel something, but I don’t”'), msg('“I feel overwhelmed by emotion”')],
];
