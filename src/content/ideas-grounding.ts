import {msg} from '../core/localize.js';
import type {TopicContent} from './idea-topics.js';

/** The article's step 3, grounding through the senses: [the ideas, the sentence before the list, the sentence after]. */
export const grounding = (): TopicContent => [
  [
    msg('Hold an ice cube.'),
    msg('Smell a strong essential oil, like peppermint or citrus.'),
    msg('Take a hot or a cold shower.'),
    msg('Lie on the ground and breathe deeply.'),
    msg('Touch different textures.'),
  ],
  msg('If feelings seem out of reach, start with your body. Your nervous system takes in your senses before emotions.'),
  msg('These ideas gently wake up your nervous system’s ability to feel.'),
];
