import {msg} from '../../core/localize.js';

/**
 * The titles of the four causes, in the article's order: all the first paint
 * shows of them, as every cause starts closed. The text inside is in
 * content.ts, loaded with panels.ts.
 */
export function causeTitles(): string[] {
  return [
    msg('Inflammation in the brain (neuroinflammation)'),
    msg('Changes in brain chemicals (neurotransmitters)'),
    msg('Fatigue and an overloaded brain'),
    msg('The mind protecting itself'),
  ];
}
