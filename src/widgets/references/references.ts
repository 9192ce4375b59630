import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {msg} from '../../core/localize.js';
import {references, type Reference} from './content.js';
import {translations} from '../../generated/translations/references.js';
import {referencesStyles} from './references.styles.js';
import {visuallyHiddenStyles} from '../../core/panel-styles.js';

/**
 * The article's ten references in APA style. DOIs are `https://doi.org/`
 * links. Citations stay in English in every language (the list carries
 * `lang="en"`, so screen readers pronounce them in English); only the title
 * and link hints are translated.
 *
 * @tagname ms-references
 * @summary The article's references in APA style, with DOI links.
 *
 * @attr new-tab - Opens the links in a new tab (they open in the same tab by default).
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart intro - The line before the list.
 * @csspart list - The list of references.
 * @csspart item - One reference.
 * @csspart link - A DOI or web link.
 *
 * @cssprop --ms-accent - Link colour.
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsReferences extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    visuallyHiddenStyles,
    referencesStyles,
  ];

  /** Opens the links in a new tab (default: the same tab). */
  @property({attribute: 'new-tab', type: Boolean, reflect: true}) newTab = false;

  protected override renderContent() {
    const newTab = this.newTab;
    const hint = newTab
      ? html`<span class="visually-hidden" lang=${this.locale}> ${msg('(opens in a new tab)')}</span>`
      : nothing;
    const renderReference = ([citation, link]: Reference) => html`<li part="item">${citation
        .split('*')
        // The pieces between `*` are in italics: the first is the source's name, a second the journal's volume.
        .map((piece, i) => (i % 2 ? (i < 2 ? html`<cite>${piece}</cite>` : html`<i>${piece}</i>`) : piece))}${link
        ? html` <a
              part="link"
              href=${link}
              target=${newTab ? '_blank' : nothing}
              rel=${newTab ? 'noopener noreferrer' : nothing}
              >${link}${hint}</a
            >`
        : nothing}</li>`;
    return html`
      ${this.renderTitle(msg('References'))}
      <p part="intro">
        ${msg('These are the sources for this information.')} ${newTab ? msg('The links open in a new tab.') : nothing}
      </p>
      <ul part="list" role="list" lang="en" dir="ltr">
        ${references.map(renderReference)}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-references': MsReferences;
  }
}
