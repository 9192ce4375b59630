/**
 * Where the bindings of a Lit template sit, found the way lit-html finds
 * them (lit-html.js, getTemplateHtml): the CDN builds leave out Lit's
 * element and comment bindings (scripts/trim-lit.mjs), so the build checks
 * every template with this. Plain JavaScript, so Node and the browser tests
 * (test/lit-bindings.test.ts) both run it.
 */

const SPACE = '[ \t\n\f\r]';
const TEXT_END = /<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g;
const COMMENT_END = /-->/g;
const COMMENT2_END = />/g;
const TAG_END = new RegExp(`>|${SPACE}(?:([^\\s"'>=/]+)(${SPACE}*=${SPACE}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`, 'g');
const SINGLE_QUOTE_END = /'/g;
const DOUBLE_QUOTE_END = /"/g;
const RAW_TEXT = /^(?:script|style|textarea|title)$/i;

/**
 * The index of the first binding of a template (its literal strings) that is
 * in an element's tag outside any attribute, or inside a comment; else -1.
 */
export function unsupportedBinding(strings) {
  let regex = TEXT_END;
  let rawTextEnd;
  for (let i = 0; i < strings.length - 1; i++) {
    const s = strings[i];
    let attrNameEnd = -1;
    let lastIndex = 0;
    let match;
    while (lastIndex < s.length) {
      regex.lastIndex = lastIndex;
      match = regex.exec(s);
      if (match === null) break;
      lastIndex = regex.lastIndex;
      if (regex === TEXT_END) {
        if (match[1] === '!--') regex = COMMENT_END;
        else if (match[1] !== undefined) regex = COMMENT2_END;
        else if (match[2] !== undefined) {
          if (RAW_TEXT.test(match[2])) rawTextEnd = new RegExp(`</${match[2]}`, 'g');
          regex = TAG_END;
        } else if (match[3] !== undefined) regex = TAG_END;
      } else if (regex === TAG_END) {
        if (match[0] === '>') {
          regex = rawTextEnd ?? TEXT_END;
          attrNameEnd = -1;
        } else if (match[1] === undefined) attrNameEnd = -2;
        else {
          attrNameEnd = regex.lastIndex - match[2].length;
          regex = match[3] === undefined ? TAG_END : match[3] === '"' ? DOUBLE_QUOTE_END : SINGLE_QUOTE_END;
        }
      } else if (regex === DOUBLE_QUOTE_END || regex === SINGLE_QUOTE_END) regex = TAG_END;
      else if (regex === COMMENT_END || regex === COMMENT2_END) regex = TEXT_END;
      else {
        regex = TAG_END;
        rawTextEnd = undefined;
      }
    }
    if (regex === COMMENT_END || regex === COMMENT2_END || attrNameEnd === -2) return i;
  }
  return -1;
}
