/**
 * Every widget class, without registering any element. Import
 * `ms-numbness-widgets/define-all` (or one widget's `/define`) to register.
 * The list of widgets is generated from src/widgets/ (scripts/entries.mjs).
 */
export {MsElement, MsHeadedElement} from './core/base-element.js';
export * from './generated/widget-classes.js';
