import {msg} from '../core/localize.js';

/** What to tell the neurologist, MS nurse or therapist (the article's step 2). */
export function whatToDescribe(): string[] {
  return [
    msg('What has changed in how you react to things.'),
    msg('Whether your medicines might play a part.'),
    msg('If it began after a flare-up or something very hard that happened to you.'),
  ];
}
