import {defineElement} from '../../core/define.js';
import {MsWhyNumbness} from './why-numbness.js';

export {MsWhyNumbness};
defineElement('ms-why-numbness', MsWhyNumbness);
