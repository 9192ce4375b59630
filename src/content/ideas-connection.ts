import {msg} from '../core/localize.js';
import type {TopicContent} from './idea-topics.js';

/** The article's step 8, gentle contact with people: [the ideas, the sentence before the list, the sentence after]. */
export const connection = (): TopicContent => [
  [
    msg('Send a meme or an emoji to a friend.'),
    msg('Ask someone you love to sit with you in silence.'),
    msg('Stroke a pet or another animal.'),
    msg('Go to an MS support group. You can just listen.'),
  ],
  msg('Numbness can make time with people feel pointless. But gentle contact can wake up your feelings again.'),
  msg('You don’t have to show feelings you don’t have. Just be there.'),
];
