import {LitElement, html, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {parseEnum, parseNumber, parseText} from './attributes.js';
import {renderHeading} from '../parts/heading.js';
import {nearestDir, nearestLang, regionalLocale, unwatchLanguage, watchLanguage} from './language.js';
import {cachedTemplates, isLoaded, isRtlLanguage, loadTemplates, matchLocale, SOURCE_LOCALE, withTemplates, type Translations} from './localize.js';
import {themeStyles} from './theme-styles.js';
import {VERSION} from './version.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * The base of every widget: language and direction from the page, theme,
 * and a wrapper that carries them into the shadow DOM.
 *
 * Subclasses implement `renderContent()` instead of `render()`. Every string
 * they show goes through `msg()` from `localize.ts`; it is looked up in the
 * widget's own language while the widget updates.
 *
 * @attr lang - Language of the widget (default: the nearest `lang` on the page; `fr-CA` uses French).
 * @attr dir - Text direction, `ltr` or `rtl` (default: the nearest `dir` on the page, else from the language).
 */
export class MsElement extends LitElement {
  /** Version of the library that defined this element (used to detect double loading). */
  static readonly version = VERSION;

  static override styles = [themeStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  /**
   * Colour theme: `light` (default) for light pages, `dark` for dark pages,
   * `auto` to follow the reader's system setting.
   */
  @property({reflect: true}) theme: Theme = 'light';

  /** The supported locale the widget renders in (derived from the nearest `lang`). */
  @state() protected locale = SOURCE_LOCALE;

  /** The nearest `lang` exactly as the page wrote it (e.g. `en-GB`), or '' when none is set. */
  @state() protected languageTag = '';

  /** The locale for dates and numbers: the full tag (`en-GB`) when it is the widget's language, else `locale`. */
  protected get dateLocale(): string {
    return regionalLocale(this.locale, this.languageTag);
  }

  /** Text direction (from the nearest `dir`, else from the language). */
  @state() protected direction: 'ltr' | 'rtl' = 'ltr';

  private pendingLocale?: Promise<unknown>;

  /**
   * Loaders of the widget's translated strings (generated per widget into
   * src/generated/translations/); each widget class sets its own.
   */
  static translations: Translations = {};

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
    this.languageChanged();
  }

  override disconnectedCallback(): void {
    unwatchLanguage(this);
    super.disconnectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && this.isConnected) this.languageChanged();
  }

  /** Re-reads the language and direction that apply to this element. */
  languageChanged(): void {
    const tag = nearestLang(this);
    this.languageTag = tag;
    const locale = matchLocale(tag);
    const direction = nearestDir(this) ?? (isRtlLanguage(locale) ? 'rtl' : 'ltr');
    this.direction = direction;
    const translations = (this.constructor as typeof MsElement).translations;
    if (isLoaded(locale, translations)) {
      this.locale = locale;
      return;
    }
    const loading = loadTemplates(locale, translations).then(() => {
      // Only apply it if the language did not change again meanwhile.
      if (matchLocale(nearestLang(this)) === locale) this.locale = locale;
    });
    this.pendingLocale = loading;
  }

  /** Resolves after any pending translation load and the next render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.pendingLocale) {
      const pending = this.pendingLocale;
      await pending;
      if (this.pendingLocale === pending) this.pendingLocale = undefined;
    }
    return super.getUpdateComplete();
  }

  /** Renders (and runs every update hook) with the widget's own translations active. */
  protected override performUpdate(): void {
    withTemplates(cachedTemplates(this.locale), () => super.performUpdate());
  }

  /**
   * Runs `fn` with the widget's own translations active. `msg()` outside
   * rendering (text for a print, a download or a message set in an event
   * handler) must go through this, or it would come out in English.
   */
  protected inOwnLanguage<T>(fn: () => T): T {
    return withTemplates(cachedTemplates(this.locale), fn);
  }

  /** The validated theme (an invalid value warns and falls back to light). */
  protected get resolvedTheme(): Theme {
    return parseEnum(this, 'theme', this.theme, THEMES, 'light');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('theme')) void this.resolvedTheme;
  }

  protected override render(): TemplateResult {
    return html`<div class="base" part="base" lang=${this.locale} dir=${this.direction}>${this.renderContent()}</div>`;
  }

  /** The widget's own content. */
  protected renderContent(): unknown {
    return null;
  }
}

/**
 * A widget with a title: adds `heading` and `heading-level`.
 */
export class MsHeadedElement extends MsElement {
  /** Replaces the title text. */
  @property() heading?: string;

  /** Level of the title, 1 to 6 (default 2), to fit the host page's outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** The validated heading level. */
  protected get level(): number {
    return parseNumber(this, 'heading-level', this.headingLevel, {min: 1, max: 6, fallback: 2, integer: true});
  }

  /** Renders the title: the host's `heading` text if set, else `fallback`. */
  protected renderTitle(fallback: string, id = 'heading'): TemplateResult {
    // The host's own title is isolated, so English on a right-to-left page keeps its punctuation in place.
    const custom = parseText(this, 'heading', this.heading);
    return renderHeading(this.level, custom ? html`<bdi>${custom}</bdi>` : fallback, id);
  }
}
