import {defineElement} from '../../core/define.js';
import {MsAffirmation} from './affirmation.js';

export {MsAffirmation};
defineElement('ms-affirmation', MsAffirmation);
