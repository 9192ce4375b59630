import {msg} from '../core/localize.js';

/**
 * The medicines of the article's "Could This Be a Medication Side Effect?"
 * table, names only (the appointment sheet's quick picks, which carry no
 * effects). A function, so every string is looked up in the language of the
 * widget rendering it.
 */
export function medicationNames(): {id: string; name: string}[] {
  return [
    {id: 'interferon-beta', name: msg('Interferon-beta')},
    {id: 'steroids', name: msg('Steroids')},
    {id: 'baclofen', name: msg('Baclofen')},
    {id: 'antidepressants', name: msg('Antidepressants')},
  ];
}

/**
 * The article's "Could This Be a Medication Side Effect?" table. Effects are
 * worded as possible, never certain. A function, so every string is looked up
 * in the language of the widget rendering it.
 */
export function medications(): {id: string; name: string; effects: string}[] {
  // In the order of medicationNames().
  const effects = [
    msg('May cause depression or emotional blunting (feeling flat).'),
    msg('May cause irritability, mood swings or a numb feeling.'),
    msg('May dull how strongly you feel emotions and sensations.'),
    msg('Some SSRIs may narrow the range of feelings you have.'),
  ];
  return medicationNames().map((m, i) => ({...m, effects: effects[i]!}));
}
