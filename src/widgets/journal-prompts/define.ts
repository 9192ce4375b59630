import {defineElement} from '../../core/define.js';
import {MsJournalPrompts} from './journal-prompts.js';

export {MsJournalPrompts};
defineElement('ms-journal-prompts', MsJournalPrompts);
