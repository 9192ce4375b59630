import {msg} from '../core/localize.js';

// The medicines of the article's "Could This Be a Medication Side Effect?"
// table, and their possible effects on mood. Effects are worded as possible,
// never certain. Functions, so every string is looked up in the language of
// the widget rendering it.

/** The medicines' names with stable ids (the appointment sheet's quick picks, which carry no effects). */
export function medicationNames(): {id: string; name: string}[] {
  return [
    {id: 'interferon-beta', name: msg('Interferon-beta')},
    {id: 'steroids', name: msg('Steroids')},
    {id: 'baclofen', name: msg('Baclofen')},
    {id: 'antidepressants', name: msg('Antidepressants')},
  ];
}

/**
 * The table's rows, `[name, possible effects]` per medicine, in the order of
 * `medicationNames()` (the names are the same messages, written out again so
 * the table carries no ids and the appointment sheet no effects).
 */
export function medicationRows(): [name: string, effects: string][] {
  return [
    [msg('Interferon-beta'), msg('May cause depression or emotional blunting (feeling flat).')],
    [msg('Steroids'), msg('May cause irritability, mood swings or a numb feeling.')],
    [msg('Baclofen'), msg('May dull how strongly you feel emotions and sensations.')],
    [msg('Antidepressants'), msg('Some SSRIs may narrow the range of feelings you have.')],
  ];
}

/** Every medicine with its id, name and possible effects. */
export function medications(): {id: string; name: string; effects: string}[] {
  const rows = medicationRows();
  return medicationNames().map((m, i) => ({...m, effects: rows[i]![1]}));
}
