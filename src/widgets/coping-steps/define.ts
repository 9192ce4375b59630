import {defineElement} from '../../core/define.js';
import {MsCopingSteps} from './coping-steps.js';

export {MsCopingSteps};
defineElement('ms-coping-steps', MsCopingSteps);
