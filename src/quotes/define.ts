import {defineElement} from '../shared/define.js';
import {MsQuotes} from './quotes.js';

export {MsQuotes};
defineElement('ms-quotes', MsQuotes);
