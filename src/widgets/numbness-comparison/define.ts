import {defineElement} from '../../core/define.js';
import {MsNumbnessComparison} from './numbness-comparison.js';

export {MsNumbnessComparison};
defineElement('ms-numbness-comparison', MsNumbnessComparison);
