import {msg} from '../../core/localize.js';

/** The article's five ways people describe emotional numbness in MS. */
export function descriptions(): string[] {
  return [
    msg('Feeling like you’re watching life through a foggy window'),
    msg('Not reacting to things you used to love or hate'),
    msg('Being unable to cry, even when you want to'),
    msg('Feeling like your “spark” is gone'),
    msg('Living on autopilot'),
  ];
}

/** The article's reassurance that follows the descriptions. */
export function reassurance(): string[] {
  return [
    msg('Some people feel guilty for not feeling enough: not happy, not sad, not excited. Not anything.'),
    msg('This is not laziness, and it does not mean you don’t care. It is a symptom: MS is changing how your nervous system works.'),
  ];
}
