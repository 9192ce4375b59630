import {msg} from '../../core/localize.js';
import {medicationNames} from '../../content/medications.js';

export interface Choice {
  id: string;
  text: string;
}

/**
 * The article's step 2, "Did this begin after a specific flare or trauma?",
 * as two tick boxes. Functions, so strings are looked up at render time.
 */
export function beganAfter(): Choice[] {
  return [
    {id: 'flare', text: msg('After a flare-up of my MS')},
    {id: 'hard-time', text: msg('After a very hard or upsetting time')},
  ];
}

/**
 * The article's step 2 ("whether medications may be contributing") and its
 * three treatment options, worded as questions for the reader to ask. They
 * are never advice: the doctor or therapist answers them.
 */
export function questions(): Choice[] {
  return [
    {id: 'medicines', text: msg('Could any of my medicines be adding to the numbness?')},
    {id: 'ms-medicines', text: msg('Some MS medicines, like interferons, can cause flattening. Could changing mine help?')},
    {id: 'dopamine', text: msg('Could an antidepressant that acts on dopamine, like bupropion, be an option for me?')},
    {
      id: 'therapy',
      text: msg('Could a therapy for feeling cut off from my feelings (dissociation), like EMDR or somatic therapy, help me?'),
    },
  ];
}

/** The medication table's medicines, as quick picks. */
export const medicines = (): Choice[] => medicationNames().map(({id, name}) => ({id, text: name}));
