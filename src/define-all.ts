/** Registers every widget. Safe to load more than once. */
import './numbness-comparison/define.js';
