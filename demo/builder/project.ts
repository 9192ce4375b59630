/**
 * Everything the builder takes from the library's sources, in one place (so a
 * change of the source layout touches one file).
 */
export {supportedLocales, isRtlLanguage} from '../../src/core/localize.js';
export {VERSION} from '../../src/core/version.js';
import {HELPLINES} from '../../src/content/helplines.js';

/** Countries for which `<ms-crisis-help>` has a built-in crisis line. */
export const COUNTRIES_WITH_LINES: readonly string[] = Object.keys(HELPLINES);
