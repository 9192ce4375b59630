import {defineElement} from '../../core/define.js';
import {MsFeelsLike} from './feels-like.js';

export {MsFeelsLike};
defineElement('ms-feels-like', MsFeelsLike);
