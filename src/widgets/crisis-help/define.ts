import {defineElement} from '../../core/define.js';
import {MsCrisisHelp} from './crisis-help.js';

export {MsCrisisHelp};
defineElement('ms-crisis-help', MsCrisisHelp);
