import {msg} from '../../core/localize.js';

/** The article's TL;DR: five key points. */
export function keyPoints(): string[] {
  return [
    msg('Emotional numbness in MS depression often feels like being detached, not sad.'),
    msg('It can be caused by inflammation, changes in brain chemicals, fatigue, trauma or medicines.'),
    msg('Movement, grounding, using your senses and small moments of connection can help the numbness thaw.'),
    msg('Talk to your doctor about therapy or medicines that help with managing emotions.'),
    msg('You deserve to feel again, even if it takes time.'),
  ];
}
