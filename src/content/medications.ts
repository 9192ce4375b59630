import {msg} from '../core/localize.js';

/**
 * The article's "Could This Be a Medication Side Effect?" table. Effects are
 * worded as possible, never certain. A function, so every string is looked up
 * in the language of the widget rendering it.
 */
export function medications(): {id: string; name: string; effects: string}[] {
  return [
    {id: 'interferon-beta', name: msg('Interferon-beta'), effects: msg('May cause depression or emotional blunting (feeling flat).')},
    {id: 'steroids', name: msg('Steroids'), effects: msg('May cause irritability, mood swings or a numb feeling.')},
    {id: 'baclofen', name: msg('Baclofen'), effects: msg('May dull how strongly you feel emotions and sensations.')},
    {id: 'antidepressants', name: msg('Antidepressants'), effects: msg('Some SSRIs may narrow the range of feelings you have.')},
  ];
}
