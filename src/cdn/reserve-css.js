/**
 * The reserve-space rules (issue 18): until a widget's code has arrived, each
 * not-yet-defined widget becomes an inline-size container whose ::before is
 * as tall as the widget will be at that width. The ::before is a zero-width
 * float in a flow root, so the height is a minimum (light-DOM content still
 * shows) and never a fixed size. Every rule carries `:not(:defined)`, so
 * nothing applies once the widget is defined. Sizes are in em, so they follow
 * the host page's text size.
 *
 * The measured steps (scripts/reserve-space.mjs) travel as one short string,
 * the same for dist/cdn/ms-widgets.css and for the loader, which adopts the
 * rules as a constructed stylesheet (allowed under a strict style-src
 * Content-Security-Policy). Format: one entry per widget tag, in the order
 * given, separated by ","; each entry is pairs of numbers "width height ...":
 * width grows in half-em steps from 0, height is in eighths of an em, the
 * first absolute and then how much it drops from the previous step. Each
 * number is written without a separator (issue 18: a third shorter than
 * base-36 with spaces): an optional "-", the number divided by 26 in decimal
 * digits (left out when 0), then one letter for the remainder (a = 0 .. z = 25);
 * so 12 is "m", 40 is "1o" and -4 is "-e".
 *
 * Plain JavaScript (typed by reserve-css.d.ts) so the Node build runs it too.
 */

/**
 * @param {string[]} tags widget tags, in the order of the encoded entries
 * @param {string} steps the encoded steps
 * @returns {string} the stylesheet's text
 */
export function reserveCss(tags, steps) {
  if (!steps) return '';
  const pending = ':not(:defined):not([hidden])';
  const all = `:is(${tags})${pending}`;
  let css = `${all}{display:flow-root;container-type:inline-size}${all}::before{content:"";float:inline-start;inline-size:0}`;
  steps.split(',').forEach((entry, i) => {
    let width = 0;
    let height = 0;
    let count = 0;
    // The numbers alternate: a width step, then a height (the first absolute, then how much it drops).
    entry.replace(/(-?)(\d*)([a-z])/g, (_, sign, high, low) => {
      const n = (high * 26 + parseInt(low, 36) - 10) * (sign ? -1 : 1);
      if (count++ % 2 === 0) width += n;
      else {
        height = count > 2 ? height - n : n;
        const rule = `${tags[i]}${pending}::before{block-size:${height / 8}em}`;
        css += width ? `@container (min-width:${width / 2}em){${rule}}` : rule;
      }
      return '';
    });
  });
  return css;
}

/**
 * @param {Record<string, number[][]>} data per tag: [min inline size px, block size px] at 16 px text
 * @param {string[]} tags the order of the entries
 * @returns {string} the encoded steps
 */
export function encodeSteps(data, tags) {
  return tags
    .map((tag) => {
      let width = 0;
      let height = 0;
      return data[tag]
        .flatMap(([w, h], j) => {
          const W = j ? Math.max(width + 1, Math.round(w / 8)) : 0;
          const H = Math.round(h / 2);
          const pair = [W - width, j ? height - H : H];
          width = W;
          height = H;
          return pair;
        })
        .map((x) => (x < 0 ? '-' : '') + (Math.abs(x) >= 26 ? Math.floor(Math.abs(x) / 26) : '') + String.fromCharCode(97 + (Math.abs(x) % 26)))
        .join('');
    })
    .join(',');
}
