import {defineElement} from '../../core/define.js';
import {MsMedicationTable} from './medication-table.js';

export {MsMedicationTable};
defineElement('ms-medication-table', MsMedicationTable);
