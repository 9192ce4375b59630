import {msg} from '../core/localize.js';
import type {TopicContent} from './idea-topics.js';

/** The article's step 7, calming the nervous system: [the ideas, the sentence before the list, the sentence after]. */
export const regulation = (): TopicContent => [
  [
    msg('Wake up your vagus nerve: a cold splash of water, humming, or gargling.'),
    msg('Breathe slowly, deep into your belly: in for 4, out for 6.'),
    msg('Try tapping (Emotional Freedom Technique).'),
    msg('Try restorative yoga or yoga nidra.'),
    msg('Use a weighted blanket.'),
  ],
  msg('Your nervous system plays a big part in feeling emotions. In MS, it is often out of balance. Calming practices can help.'),
  msg('The safer your nervous system feels, the more emotion can come through.'),
];
