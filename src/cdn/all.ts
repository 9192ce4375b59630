/** The CDN bundle: every widget, Lit and the English strings in one file. */
import '../define-all.js';
