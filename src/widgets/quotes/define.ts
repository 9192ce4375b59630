import {defineElement} from '../../core/define.js';
import {MsQuotes} from './quotes.js';

export {MsQuotes};
defineElement('ms-quotes', MsQuotes);
