import {html} from 'lit';
import {property} from 'lit/decorators.js';
import {parseEnum} from '../../core/attributes.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {buttonStyles} from '../../core/button-styles.js';
import {panelStyles} from '../../core/panel-styles.js';
import {msg} from '../../core/localize.js';
import {EMERGENCY_NUMBERS} from '../../content/emergency-numbers.js';
import {CrisisCountry} from '../../parts/crisis-help/country.js';
import {renderCrisisCard, renderCrisisInline, type CrisisView} from '../../parts/crisis-help/crisis-help.js';
import {translations} from '../../generated/translations/crisis-help.js';
import {crisisHelpStyles} from './crisis-help.styles.js';

const VARIANTS = ['card', 'inline'] as const;
export type CrisisHelpVariant = (typeof VARIANTS)[number];

/**
 * Who to contact now: the emergency number and a crisis line for the reader's
 * country, as links a phone can call or text. Calm, always in the page (never
 * a popup), and usable inside other widgets in its one-line form.
 *
 * The country comes from `country`, else from the country the reader chose,
 * else from the region of the widget's language (`lang="en-GB"` gives the
 * United Kingdom). Unless the host set `country`, a labelled country chooser
 * (countries named in the widget's language) sits above the numbers, so a
 * reader on a page without a region (`lang="en"`) reaches their numbers in
 * one step; before they choose, the widget says to call the local emergency
 * number. The data covers 35 countries (src/content/helplines.ts; each entry
 * keeps the date it was last checked, and `npm test` fails when one is more
 * than a year old).
 *
 * @tagname ms-crisis-help
 * @summary Country-aware emergency number and crisis line, as call and text links.
 *
 * @attr country - Two-letter country code (ISO 3166), such as `GB`. Default: the region of the
 *   page language. A code the widget has no lines for shows the advice to call the local
 *   emergency number; a value that is not a country code warns and uses the page language.
 * @attr persist - Keep the country the reader chose in this browser (localStorage, shared by every
 *   widget with crisis help). Without it nothing is stored.
 * @attr variant - `card` (default): the full form with a title. `inline`: one compact line, for
 *   inside other widgets.
 * @attr line-name - Name of a line the host page adds or overrides (with `line-phone`,
 *   `line-text` or `line-url`). A line with the same name or number as the built-in line
 *   replaces it; any other line is added after it.
 * @attr line-phone - Phone number of the host's line, as people read it (`0800 123 456`).
 * @attr line-text - Number that takes text messages; present but empty means the `line-phone` number.
 * @attr line-url - Web page of the host's line. Only `https:`, `tel:` and `sms:` links are used;
 *   anything else is dropped with a warning.
 * @attr heading - Replaces the title text (card only).
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title (card only).
 * @csspart emergency - The emergency number block (card only).
 * @csspart line - One crisis line (card only).
 * @csspart inline - The one-line form.
 * @csspart note - The line saying which country the numbers are for.
 * @csspart chooser - The country chooser (its label and list).
 *
 * @cssprop --ms-accent - Colour of the emergency call button and links.
 * @cssprop --ms-surface - Background of the emergency block.
 * @cssprop --ms-border - Borders of the crisis line boxes.
 * @cssprop --ms-radius - Corner radius.
 */
export class MsCrisisHelp extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    // Its only controls are links drawn as buttons and the country list (styled by the part): no choice rows.
    panelStyles,
    buttonStyles,
    ...crisisHelpStyles,
  ];

  /** Two-letter country code (ISO 3166 alpha-2); default: the region of the page language. */
  @property() country?: string;

  /** Keep the reader's chosen country in this browser. */
  @property({type: Boolean, reflect: true}) persist = false;

  /** `card` (full form) or `inline` (one compact line). */
  @property() variant: CrisisHelpVariant = 'card';

  /** Name of a crisis line the host page adds or overrides. */
  @property({attribute: 'line-name'}) lineName?: string;

  /** Phone number of the host's line. */
  @property({attribute: 'line-phone'}) linePhone?: string;

  /** Number of the host's line that takes texts ('' = the `line-phone` number). */
  @property({attribute: 'line-text'}) lineText?: string;

  /** Web page of the host's line (https, tel or sms only). */
  @property({attribute: 'line-url'}) lineUrl?: string;

  private readonly countryChoice = new CrisisCountry(this, {
    country: () => this.country,
    languageTag: () => this.languageTag,
    persist: () => this.persist,
  });

  /** The country whose numbers are shown (`GB`...), or '' when the widget shows the general advice. */
  get shownCountry(): string {
    return this.countryChoice.shown;
  }

  /** The line the host page sets with the `line-*` attributes (checked when the crisis lines have loaded). */
  private hostLine() {
    return {name: this.lineName, phone: this.linePhone, text: this.lineText, url: this.lineUrl};
  }

  /**
   * Also waits for the crisis lines (loaded right after the first paint), so
   * that once it resolves the widget shows everything it will show.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.countryChoice.details || this.countryChoice.detailsFailed) return done;
    await this.countryChoice.loadDetails();
    return super.getUpdateComplete();
  }

  protected override renderContent() {
    const code = this.shownCountry;
    const {details} = this.countryChoice;
    const host = this.hostLine();
    const view: CrisisView = {
      code,
      help: EMERGENCY_NUMBERS[code],
      details,
      lines: details?.linesWithHost(this, code, host),
      pending: this.countryChoice.pending(Object.values(host).some((v) => v !== undefined) ? 1 : 0),
      locale: this.locale,
      dateLocale: this.dateLocale,
      chooser: this.countryChoice.offersChoice ? {id: 'country', onChoose: (c) => this.countryChoice.choose(c)} : undefined,
    };
    const inline = parseEnum(this, 'variant', this.variant, VARIANTS, 'card') === 'inline';
    return inline ? renderCrisisInline(view) : html`${this.renderTitle(msg('Help if you need it now'))}${renderCrisisCard(view)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-crisis-help': MsCrisisHelp;
  }
}
