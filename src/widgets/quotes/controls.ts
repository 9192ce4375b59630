import {css, html, type LitElement, type TemplateResult} from 'lit';
import type {msg as translate, str as strTag} from '../../core/localize.js';
import {buttonStyles} from '../../core/button-styles.js';
import {addLateStyles} from '../../parts/late-styles.js';

/**
 * The Previous / Next row of `<ms-quotes mode="one">`, with the styles only it
 * uses (the buttons). The default mode shows every quote and has no buttons,
 * so this module is loaded with `import()` only when `mode="one"` is asked
 * for; the widget waits for it before it renders (issue 18).
 *
 * The widget passes its `msg()` and `str` in: a lazily loaded file that
 * imported core/localize.ts itself would make the all-in-one ms-widgets.js
 * split localize.ts out into a file of its own.
 */
/** The widget, which gets this module's styles and whose `previous()` / `next()` the buttons call. */
interface QuotesHost extends LitElement {
  previous(): void;
  next(): void;
}

const controlsStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: 1em;
  }
  .position {
    margin: 0;
    font-weight: bold;
  }
`;

/**
 * The Previous button, the polite position ("Quote 2 of 3", `index` and
 * `count` already formatted in the widget's language) and the Next button.
 */
export function renderControls(
  host: QuotesHost,
  index: string,
  count: string,
  msg: typeof translate,
  str: typeof strTag
): TemplateResult {
  addLateStyles(host, [buttonStyles, controlsStyles]);
  return html`
    <div class="controls" part="controls">
      <button class="button secondary" part="button" type="button" @click=${() => host.previous()}>${msg('Previous quote')}</button>
      <p class="position" part="position" role="status">${msg(str`Quote ${index} of ${count}`)}</p>
      <button class="button secondary" part="button" type="button" @click=${() => host.next()}>${msg('Next quote')}</button>
    </div>
  `;
}
