import {css} from 'lit';
import {crisisHelpStyles as partStyles} from '../../parts/crisis-help/styles.js';
import {crisisCardStyles} from '../../parts/crisis-help/card-styles.js';

/** The styles of <ms-crisis-help> (the shared base styles come from its base class; the content's from the crisis help part). */
export const crisisHelpStyles = [
  partStyles,
  crisisCardStyles,
  css`
    .crisis .choose {
      margin-block: 0 1em;
    }
  `,
];
