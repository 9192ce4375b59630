import {msg} from '../core/localize.js';

/** Stable ids of the article's six warning signs, in the article's order. */
export const WARNING_SIGN_IDS = ['hobbies', 'withdrawal', 'indifference', 'crying', 'motions', 'existing'] as const;

export type WarningSignId = (typeof WARNING_SIGN_IDS)[number];

/**
 * The article's "Warning Signs to Watch For", written as things a reader can
 * tick about themselves. A function, so every string is looked up in the
 * language of the widget rendering it.
 */
export function warningSigns(): {id: string; text: string}[] {
  const texts: Record<WarningSignId, string> = {
    hobbies: msg('I have stopped enjoying my favourite hobbies.'),
    withdrawal: msg('I pull away from people, but I don’t feel lonely.'),
    indifference: msg('I don’t really react to good or bad news.'),
    crying: msg('I can’t cry, even when I am upset.'),
    motions: msg('I feel like I am just “going through the motions”.'),
    existing: msg('I have thoughts like “I’m not really living, just existing”.'),
  };
  return WARNING_SIGN_IDS.map((id) => ({id, text: texts[id]}));
}

/** A ticked sign as ms-warning-signs reports it: its id and its text as shown. */
export interface TickedSign {
  id: string;
  text: string;
}

/**
 * The texts of ticked signs for another widget (such as the appointment
 * sheet): an article sign in the caller's language (looked up by id), a host
 * sign as reported. Unknown ids without text are left out.
 */
export function signTexts(signs: readonly TickedSign[]): string[] {
  const article = warningSigns();
  return signs
    .map(({id, text}) => article.find((s) => s.id === id)?.text ?? text)
    .filter((text) => !!text.trim());
}
