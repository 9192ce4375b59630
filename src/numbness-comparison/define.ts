import {defineElement} from '../shared/define.js';
import {MsNumbnessComparison} from './numbness-comparison.js';

export {MsNumbnessComparison};
defineElement('ms-numbness-comparison', MsNumbnessComparison);
