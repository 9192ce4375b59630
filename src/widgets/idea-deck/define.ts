import {defineElement} from '../../core/define.js';
import {MsIdeaDeck} from './idea-deck.js';

export {MsIdeaDeck};
defineElement('ms-idea-deck', MsIdeaDeck);
