import {msg} from '../core/localize.js';

export interface Prompt {
  /** Stable key for the reader's saved writing (never translated). */
  id: string;
  text: string;
  /** An optional line under the prompt. */
  hint?: string;
}

/**
 * The article's reflective prompts (step 6). `ms-coping-steps` reuses these
 * strings, so each is written once.
 */
export function prompts(): Prompt[] {
  return [
    {id: 'feel', text: msg('If I could feel something today, what would I want it to be?')},
    {id: 'joy', text: msg('When did I last feel joy?')},
    {id: 'letter', text: msg('Write a letter from your “numb self” to your “alive self”.')},
    {
      id: 'body',
      text: msg('Draw what your emotions feel like inside your body. Where do they sit?'),
      hint: msg('You can draw on paper, or describe it in words.'),
    },
  ];
}
