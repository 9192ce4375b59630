import {msg} from '../../core/localize.js';

/** The article's three closing reassurances. */
export function affirmations(): string[] {
  return [msg('You’re not alone.'), msg('You’re not broken.'), msg('You can feel again.')];
}

/** The article's closing line. */
export function closingLine(): string {
  return msg('Start with noticing. Then move toward reconnecting.');
}
