import {css, html} from 'lit';
import {MsHeadedElement} from '../shared/base-element.js';
import {LightDomController, readHostList} from '../shared/host-content.js';
import {msg} from '../shared/localize.js';
import {renderSimpleList, simpleListStyles} from '../shared/simple-list.js';
import {affirmations, closingLine} from './content.js';
import {translations} from '../generated/translations/affirmation.js';

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
    css`
      .base {
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-inline-start: 0.375em solid var(--_accent);
        border-radius: var(--_radius);
        padding-block: 1.25em;
        padding-inline: 1.5em;
      }
      .list {
        list-style: none;
        padding-inline-start: 0;
        margin-block-end: 0.75em;
        font-size: 1.6em;
        line-height: 1.35;
      }
      .list > li {
        padding-inline-start: 0;
      }
      .list > li + li {
        margin-block-start: 0.25em;
      }
      .closing {
        font-size: 1.25em;
        margin-block-end: 0;
      }
      @media (forced-colors: active) {
        .base {
          border-color: CanvasText;
        }
      }
    `,
  ];

  private readonly hostList = new LightDomController(this, readHostList);

  protected override renderContent() {
    return html`
      ${this.renderTitle(msg('Remember'))} ${renderSimpleList(this.hostList.value ?? affirmations())}
      <p class="closing" part="closing">${closingLine()}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-affirmation': MsAffirmation;
  }
}
