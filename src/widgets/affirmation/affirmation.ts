import {html} from 'lit';
import {MsHeadedElement} from '../../core/base-element.js';
import {LightDomController, readHostList} from '../../behaviors/host-content.js';
import {msg} from '../../core/localize.js';
import {isolated, renderSimpleList, simpleListStyles} from '../../parts/simple-list.js';
import {affirmations, closingLine} from './content.js';
import {translations} from '../../generated/translations/affirmation.js';
import {affirmationStyles} from './affirmation.styles.js';

/**
 * The article's closing reassurance, large and calm: "You're not alone.
 * You're not broken. You can feel again." and the line about noticing and
 * reconnecting. Nothing moves.
 *
 * @tagname ms-affirmation
 * @summary "You're not alone / You're not broken / You can feel again", large and calm.
 *
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @slot - Optional: a `<ul>` or `<ol>` whose items are shown instead of the three
 *   reassurances, read as text (never as HTML). The closing line stays.
 *   Without JavaScript the page shows the list as it is.
 *
 * @csspart base - The wrapper around everything (the calm box).
 * @csspart heading - The title.
 * @csspart list - The reassurances.
 * @csspart item - One reassurance.
 * @csspart closing - The closing line.
 *
 * @cssprop --ms-accent - Brand colour (the box's edge).
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of the box.
 * @cssprop --ms-border - Border of the box.
 * @cssprop --ms-radius - Corner radius of the box.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsAffirmation extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    simpleListStyles,
    affirmationStyles,
  ];

  private readonly hostList = new LightDomController(this, readHostList);

  protected override renderContent() {
    return html`
      ${this.renderTitle(msg('Remember'))} ${renderSimpleList(isolated(this.hostList.value) ?? affirmations())}
      <p class="closing" part="closing">${closingLine()}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-affirmation': MsAffirmation;
  }
}
