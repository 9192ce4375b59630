import {defineElement} from '../../core/define.js';
import {MsMoodColor} from './mood-color.js';

export {MsMoodColor};
defineElement('ms-mood-color', MsMoodColor);
