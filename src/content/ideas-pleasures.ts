import {msg} from '../core/localize.js';
import type {TopicContent} from './idea-topics.js';

/** The article's step 4, tiny pleasures: [the ideas, the sentence before the list, the sentence after]. */
export const pleasures = (): TopicContent => [
  [
    msg('Watch a funny or nostalgic video.'),
    msg('Sit in the sun for 5 minutes.'),
    msg('Listen to a favourite song from your childhood.'),
    msg('Sip something warm, slowly, and notice it.'),
  ],
  msg('Don’t wait until you feel like it. Plan tiny moments that might bring joy, even if you feel nothing about them.'),
  msg('Tiny pleasures plant seeds for feeling again, even if you don’t feel them fully straight away.'),
];
