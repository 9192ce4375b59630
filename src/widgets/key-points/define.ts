import {defineElement} from '../../core/define.js';
import {MsKeyPoints} from './key-points.js';

export {MsKeyPoints};
defineElement('ms-key-points', MsKeyPoints);
