import {html} from 'lit';
import {MsHeadedElement} from '../../core/base-element.js';
import {LightDomController, readHostList} from '../../behaviors/host-content.js';
import {msg} from '../../core/localize.js';
import {isolated, renderSimpleList, simpleListStyles} from '../../parts/simple-list.js';
import {keyPoints} from './content.js';
import {translations} from '../../generated/translations/key-points.js';
import {keyPointsStyles} from './key-points.styles.js';

/**
 * The article in five short points (its "TL;DR"), in a calm box that fits at
 * the top of a page.
 *
 * @tagname ms-key-points
 * @summary The article's five key points.
 *
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @slot - Optional: a `<ul>` or `<ol>` whose items are shown instead of the
 *   article's five points, read as text (never as HTML). Without JavaScript the
 *   page shows the list as it is.
 *
 * @csspart base - The wrapper around everything (the box).
 * @csspart heading - The title.
 * @csspart list - The list of points.
 * @csspart item - One point.
 *
 * @cssprop --ms-accent - Brand colour (the box's edge and list markers).
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of the box.
 * @cssprop --ms-border - Border of the box.
 * @cssprop --ms-radius - Corner radius of the box.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsKeyPoints extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    simpleListStyles,
    keyPointsStyles,
  ];

  private readonly hostList = new LightDomController(this, readHostList);

  protected override renderContent() {
    return html`
      ${this.renderTitle(msg('Key points'))} ${renderSimpleList(isolated(this.hostList.value) ?? keyPoints())}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-key-points': MsKeyPoints;
  }
}
