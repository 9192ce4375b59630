import {defineElement} from '../shared/define.js';
import {MsSupportLink} from './support-link.js';

export {MsSupportLink};
defineElement('ms-support-link', MsSupportLink);
