import {defineElement} from '../../core/define.js';
import {MsWarningSigns} from './warning-signs.js';

export {MsWarningSigns};
defineElement('ms-warning-signs', MsWarningSigns);
