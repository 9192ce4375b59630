/**
 * Every widget class, without registering any element. Import
 * `ms-numbness-widgets/define-all` (or one widget's `/define`) to register.
 */
export {MsElement, MsHeadedElement} from './shared/base-element.js';
export {MsNumbnessComparison} from './numbness-comparison/numbness-comparison.js';
