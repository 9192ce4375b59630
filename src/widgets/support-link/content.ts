import {msg} from '../../core/localize.js';

/** The article's call to action, in plain words. The host chooses where it points. */
export function supportText(): {heading: string; label: string} {
  return {
    heading: msg('Want online therapy?'),
    label: msg('Find online therapy', {desc: 'Link text. The link goes to a therapy service the charity chose.'}),
  };
}
