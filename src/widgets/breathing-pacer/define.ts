import {defineElement} from '../../core/define.js';
import {MsBreathingPacer} from './breathing-pacer.js';

export {MsBreathingPacer};
defineElement('ms-breathing-pacer', MsBreathingPacer);
