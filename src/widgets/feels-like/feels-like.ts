import {html} from 'lit';
import {MsHeadedElement} from '../../core/base-element.js';
import {panelBoxStyles} from '../../core/panel-styles.js';
import {LightDomController, readHostList} from '../../behaviors/host-content.js';
import {msg} from '../../core/localize.js';
import {isolated, renderSimpleList, simpleListStyles} from '../../parts/simple-list.js';
import {descriptions, reassurance} from './content.js';
import {translations} from '../../generated/translations/feels-like.js';
import {feelsLikeStyles} from './feels-like.styles.js';

/**
 * The ways people describe emotional numbness in MS, so a reader can
 * recognise their own experience, followed by the reassurance that this
 * detachment is a symptom, not laziness or not caring.
 *
 * @tagname ms-feels-like
 * @summary "What does emotional numbness feel like?": five descriptions and a reassurance.
 *
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @slot - Optional: a `<ul>` or `<ol>` whose items are shown instead of the
 *   article's five descriptions. Items are read as text (never as HTML). The
 *   reassurance is always shown. Without JavaScript the page shows the list as it is.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart intro - The line before the list.
 * @csspart list - The list of descriptions.
 * @csspart item - One description.
 * @csspart reassurance - The box with the reassurance.
 *
 * @cssprop --ms-accent - Brand colour (list markers, the reassurance's edge).
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of the reassurance.
 * @cssprop --ms-border - Border of the reassurance.
 * @cssprop --ms-radius - Corner radius of the reassurance.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsFeelsLike extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    panelBoxStyles,
    simpleListStyles,
    feelsLikeStyles,
  ];

  private readonly hostList = new LightDomController(this, readHostList);

  protected override renderContent() {
    return html`
      ${this.renderTitle(msg('What does emotional numbness feel like?'))}
      <p part="intro">${msg('You might describe it like this:')}</p>
      ${renderSimpleList(isolated(this.hostList.value) ?? descriptions())}
      <div class="panel reassurance" part="reassurance">
        ${reassurance().map((line) => html`<p>${line}</p>`)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-feels-like': MsFeelsLike;
  }
}
