import {defineElement} from '../../core/define.js';
import {MsReferences} from './references.js';

export {MsReferences};
defineElement('ms-references', MsReferences);
