import {msg} from '../core/localize.js';

/**
 * The medicines of the article's "Could This Be a Medication Side Effect?"
 * table, and their possible effects on mood. Effects are worded as possible,
 * never certain. Functions, so every string is looked up in the language of
 * the widget rendering it.
 */
const names = () => [msg('Interferon-beta'), msg('Steroids'), msg('Baclofen'), msg('Antidepressants')];

const effects = () => [
  msg('May cause depression or emotional blunting (feeling flat).'),
  msg('May cause irritability, mood swings or a numb feeling.'),
  msg('May dull how strongly you feel emotions and sensations.'),
  msg('Some SSRIs may narrow the range of feelings you have.'),
];

/** The medicines' names with stable ids (the appointment sheet's quick picks, which carry no effects). */
export function medicationNames(): {id: string; name: string}[] {
  const ids = ['interferon-beta', 'steroids', 'baclofen', 'antidepressants'];
  return names().map((name, i) => ({id: ids[i]!, name}));
}

/** The table's rows, `[name, possible effects]` per medicine (the ids are not needed there). */
export function medicationRows(): [name: string, effects: string][] {
  const said = effects();
  return names().map((name, i) => [name, said[i]!]);
}

/** Every medicine with its id, name and possible effects. */
export function medications(): {id: string; name: string; effects: string}[] {
  const said = effects();
  return medicationNames().map((m, i) => ({...m, effects: said[i]!}));
}
