import {defineElement} from '../../core/define.js';
import {MsSupportLink} from './support-link.js';

export {MsSupportLink};
defineElement('ms-support-link', MsSupportLink);
