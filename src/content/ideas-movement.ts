import {msg} from '../core/localize.js';
import type {TopicContent} from './idea-topics.js';

/** The article's step 5, gentle movement: [the ideas, the sentence before the list, the sentence after]. */
export const movement = (): TopicContent => [
  [
    msg('Stretch in bed.'),
    msg('Wiggle your fingers and toes.'),
    msg('Walk a short loop.'),
    msg('Do a few yoga poses.'),
  ],
  msg('Moving, even gently, helps to unfreeze your feelings.'),
  msg('The goal is not fitness. It is to connect your brain and body again through moving.'),
];
