/**
 * Every widget class, without registering any element. Import
 * `ms-numbness-widgets/define-all` (or one widget's `/define`) to register.
 */
export {MsElement, MsHeadedElement} from './shared/base-element.js';
export {MsNumbnessComparison} from './numbness-comparison/numbness-comparison.js';
export {MsCrisisHelp} from './crisis-help/crisis-help.js';
export {MsMedicationTable} from './medication-table/medication-table.js';
export {MsWarningSigns} from './warning-signs/warning-signs.js';
export {MsBreathingPacer} from './breathing-pacer/breathing-pacer.js';
export {MsCopingSteps} from './coping-steps/coping-steps.js';
export {MsIdeaDeck} from './idea-deck/idea-deck.js';
export {MsJournalPrompts} from './journal-prompts/journal-prompts.js';
export {MsFeelsLike} from './feels-like/feels-like.js';
export {MsWhyNumbness} from './why-numbness/why-numbness.js';
export {MsQuotes} from './quotes/quotes.js';
export {MsKeyPoints} from './key-points/key-points.js';
export {MsAffirmation} from './affirmation/affirmation.js';
export {MsReferences} from './references/references.js';
export {MsSupportLink} from './support-link/support-link.js';
export {MsMoodColor} from './mood-color/mood-color.js';
export {MsAppointmentPrep} from './appointment-prep/appointment-prep.js';
