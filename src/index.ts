/**
 * Every widget class, without registering any element. Import
 * `ms-numbness-widgets/define-all` (or one widget's `/define`) to register.
 */
export {MsElement, MsHeadedElement} from './shared/base-element.js';
export {MsNumbnessComparison} from './numbness-comparison/numbness-comparison.js';
export {MsCrisisHelp} from './crisis-help/crisis-help.js';
export {MsMedicationTable} from './medication-table/medication-table.js';
export {MsWarningSigns} from './warning-signs/warning-signs.js';
