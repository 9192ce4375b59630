/** Entry of the iframe embed page (`dist/embed/embed.js`): every widget, then the one the query asks for. */
import '../define-all.js';
import {renderEmbed, reportHeight} from './frame.js';

const params = new URLSearchParams(location.search);
renderEmbed(params);
reportHeight(params);
