import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {parseText, warnElement} from '../../core/attributes.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {primaryButtonStyles} from '../../core/button-styles.js';
import {panelBoxStyles} from '../../core/panel-styles.js';
import {safeUrl, type UrlScheme} from '../../core/safe-url.js';
import {supportText} from './content.js';
import {translations} from '../../generated/translations/support-link.js';
import {supportLinkStyles} from './support-link.styles.js';

const SCHEMES: readonly UrlScheme[] = ['https:', 'http:', 'tel:', 'mailto:'];

/**
 * The article's "Want online therapy?" call to action, as a heading, an
 * optional short description and one large link. It never points anywhere by
 * default: the host sets `href` to the service it chooses. Only `https:`,
 * `http:`, `tel:` and `mailto:` links are used; without a usable `href` the
 * widget shows nothing and warns once.
 *
 * @tagname ms-support-link
 * @summary "Want online therapy?": a call to action that links where the host chooses.
 *
 * @attr href - Required. Where the link goes: an `https:`, `http:`, `tel:` or
 *   `mailto:` link (a relative link resolves against the page). Anything else is ignored with a warning.
 * @attr label - Replaces the link text (default "Find online therapy").
 * @attr description - A short line under the title, for example who the service is for.
 * @attr heading - Replaces the title text (default "Want online therapy?").
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @csspart base - The wrapper around everything (the box).
 * @csspart heading - The title.
 * @csspart description - The short description.
 * @csspart link - The link.
 *
 * @cssprop --ms-accent - Brand colour (the link's background).
 * @cssprop --ms-on-accent - Text colour on the link.
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of the box.
 * @cssprop --ms-border - Border of the box.
 * @cssprop --ms-radius - Corner radius of the box and the link.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsSupportLink extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    panelBoxStyles,
    primaryButtonStyles,
    supportLinkStyles,
  ];

  /** Where the link goes (`https:`, `http:`, `tel:` or `mailto:`). */
  @property() href?: string;

  /** Replaces the link text. */
  @property() label?: string;

  /** A short line under the title. */
  @property() description?: string;

  /** The usable link target, or undefined (after one warning) when there is none. */
  private get target(): string | undefined {
    const url = safeUrl(this, 'href', this.href, SCHEMES);
    // A bad href has had its one warning from safeUrl; this one is for a missing href.
    if (!url && !this.href?.trim()) {
      warnElement(
        this,
        'no-href',
        'has no usable "href", so it shows nothing. Set href to the https:, http:, tel: or mailto: link of the service your charity chooses.'
      );
    }
    return url;
  }

  protected override renderContent() {
    const target = this.target;
    if (!target) return nothing;
    const text = supportText();
    const description = parseText(this, 'description', this.description, 300);
    return html`
      <div class="panel">
        <div class="text">
          ${this.renderTitle(text.heading)}
          ${description ? html`<p part="description"><bdi>${description}</bdi></p>` : nothing}
        </div>
        <a class="button link" part="link" href=${target}><bdi>${parseText(this, 'label', this.label, 80) ?? text.label}</bdi></a>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-support-link': MsSupportLink;
  }
}
