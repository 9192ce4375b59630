import {defineElement} from '../../core/define.js';
import {MsAppointmentPrep} from './appointment-prep.js';

export {MsAppointmentPrep};
defineElement('ms-appointment-prep', MsAppointmentPrep);
