/** Registers every widget. Safe to load more than once. */
import './numbness-comparison/define.js';
import './crisis-help/define.js';
import './medication-table/define.js';
import './warning-signs/define.js';
