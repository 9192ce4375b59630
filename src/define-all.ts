/** Registers every widget. Safe to load more than once. */
import './numbness-comparison/define.js';
import './crisis-help/define.js';
import './medication-table/define.js';
import './warning-signs/define.js';
import './breathing-pacer/define.js';
import './coping-steps/define.js';
import './idea-deck/define.js';
import './journal-prompts/define.js';
import './feels-like/define.js';
import './why-numbness/define.js';
import './quotes/define.js';
import './key-points/define.js';
import './affirmation/define.js';
import './references/define.js';
import './support-link/define.js';
import './mood-color/define.js';
import './appointment-prep/define.js';
