import {msg} from '../core/localize.js';

/** Stable ids of the mood colours, in palette order (saved in the colour diary and sent in events). */
export const MOOD_COLOR_IDS = [
  'yellow',
  'orange',
  'red',
  'pink',
  'purple',
  'blue',
  'green',
  'light-grey',
  'grey',
  'charcoal',
] as const;

export interface MoodColor {
  /** Stable id, saved in the diary and sent in events. */
  id: string;
  name: string;
  /** The swatch colour. */
  hex: string;
}

/**
 * The palette for the article's "colouring your emotional state (even if it's
 * gray)". Greys are first-class choices. A function, so names are looked up
 * in the language of the widget rendering them (`ms-mood-color`, and the
 * appointment sheet's summary).
 */
export function moodColors(): MoodColor[] {
  return [
    {id: 'yellow', name: msg('Sunny yellow'), hex: '#f5c518'},
    {id: 'orange', name: msg('Warm orange'), hex: '#ec7a1c'},
    {id: 'red', name: msg('Fiery red'), hex: '#c8102e'},
    {id: 'pink', name: msg('Soft pink'), hex: '#f4a7c0'},
    {id: 'purple', name: msg('Deep purple'), hex: '#6b3fa0'},
    {id: 'blue', name: msg('Calm blue'), hex: '#2f6db5'},
    {id: 'green', name: msg('Fresh green'), hex: '#3b9a4b'},
    {id: 'light-grey', name: msg('Light grey'), hex: '#d3d3d3'},
    {id: 'grey', name: msg('Grey'), hex: '#8a8a8a'},
    {id: 'charcoal', name: msg('Charcoal'), hex: '#3a3a3a'},
  ];
}
