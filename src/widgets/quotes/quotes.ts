import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {parseEnum} from '../../core/attributes.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {renderHostSlot} from '../../parts/host-slot.js';
import {msg, str, withTemplates} from '../../core/localize.js';
import {articleQuotes, quotesNote, type Quote} from './content.js';
import {translations} from '../../generated/translations/quotes.js';
import {quotesStyles} from './quotes.styles.js';
import {cachedIntl} from '../../core/intl.js';
import type * as Controls from './controls.js';
import type * as HostQuotes from './host-quotes.js';

export type QuotesMode = 'all' | 'one';
const MODES: readonly QuotesMode[] = ['all', 'one'];

/** Whether the host has quotes of its own (read by host-quotes.ts, loaded only then). */
const hasHostQuotes = (host: HTMLElement) => host.querySelector(':scope > figure, :scope > blockquote');

/**
 * What people with MS say about numbness: quotes with name, age and type of
 * MS. Shows all of them, or one at a time with Previous and Next buttons.
 * It never moves on by itself.
 *
 * @tagname ms-quotes
 * @summary Quotes from people with MS, all at once or one at a time; never auto-advancing.
 *
 * @attr mode - `all` (default) shows every quote; `one` shows one at a time with Previous and Next buttons.
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @slot - Optional: your own quotes instead of the article's, as
 *   `<figure><blockquote>words</blockquote><figcaption>who</figcaption></figure>`
 *   children (or bare `<blockquote>` children without a name). Read as text, never
 *   as HTML. Without JavaScript the page shows them as they are.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart quote - One quote (a `figure`).
 * @csspart text - The quoted words (a `blockquote`).
 * @csspart caption - Who said it.
 * @csspart controls - The Previous / Next row (`mode="one"`).
 * @csspart button - The Previous and Next buttons.
 * @csspart position - "Quote 2 of 3" (`mode="one"`).
 * @csspart note - The line after the quotes.
 *
 * @cssprop --ms-accent - Brand colour (the quote's edge, buttons).
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of a quote.
 * @cssprop --ms-border - Border of a quote.
 * @cssprop --ms-radius - Corner radius.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsQuotes extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    quotesStyles,
  ];

  /** `all` shows every quote; `one` shows one at a time with Previous and Next buttons. */
  @property({reflect: true}) mode: QuotesMode = 'all';

  /** Which quote `mode="one"` shows (0-based; `step()` re-renders when it changes). */
  private index = 0;

  /**
   * The reader of the host's own quotes (host-quotes.ts), loaded the first
   * time the host has some; false when that failed (offline): the host's
   * quotes are shown as they are then, through the slot.
   */
  private hostReader?: typeof HostQuotes.readHostQuotes | false;

  /**
   * The Previous / Next row (controls.ts), loaded the first time `mode="one"`
   * is asked for; false when that failed (offline): every quote is shown then.
   */
  private controls?: typeof Controls | false;

  /** Fetches the Previous / Next row (a seam for tests of a failed load). */
  protected importControls = (): Promise<typeof Controls> => import('./controls.js');

  private get oneAtATime(): boolean {
    return parseEnum(this, 'mode', this.mode, MODES, 'all') === 'one';
  }

  /**
   * The first render waits for what it needs that loads on demand: in
   * `mode="one"` the Previous / Next row, with host quotes their reader; so
   * neither ever appears later.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const controls =
      this.controls === undefined &&
      this.oneAtATime &&
      this.importControls().then(
        (module) => (this.controls = module),
        () => (this.controls = false)
      );
    const reader =
      this.hostReader === undefined &&
      hasHostQuotes(this) &&
      import('./host-quotes.js').then(
        (module) => (this.hostReader = module.readHostQuotes),
        () => (this.hostReader = false)
      );
    return controls || reader
      ? Promise.all([controls, reader]).then(() => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  /** The host's quotes, else the article's, each marked when it is a translation. */
  private quotes(): (Quote & {translated?: boolean})[] {
    // The reader is here only if this widget has had quotes of its own; it returns null when they are gone.
    const own = this.hostReader && this.hostReader(this);
    if (own) return own;
    const format = cachedIntl(Intl.NumberFormat, this.locale);
    const age = (years: number) => format.format(years);
    // A quote counts as translated only when this language really has its own words for it.
    const english = withTemplates(undefined, () => articleQuotes(age));
    return articleQuotes(age).map((quote, i) => ({...quote, translated: quote.text !== english[i]!.text}));
  }

  /** Shows the previous quote (wrapping to the last). */
  previous(): void {
    this.step(-1);
  }

  /** Shows the next quote (wrapping to the first). */
  next(): void {
    this.step(1);
  }

  private step(delta: number): void {
    const count = this.inOwnLanguage(() => this.quotes().length);
    const current = Math.min(this.index, count - 1);
    this.index = (current + delta + count) % count;
    this.requestUpdate();
  }

  private renderQuote({text, who, translated}: Quote & {translated?: boolean}) {
    return html`
      <figure part="quote">
        <blockquote part="text">${text}</blockquote>
        ${who || translated
          ? html`<figcaption part="caption">
              ${who}
              ${translated ? html`<span class="translated">${msg('Translated from English')}</span>` : nothing}
            </figcaption>`
          : nothing}
      </figure>
    `;
  }

  protected override renderContent() {
    const quotes = this.quotes();
    const controls = this.oneAtATime && quotes.length > 1 && this.controls;
    const index = Math.min(this.index, quotes.length - 1);
    const format = cachedIntl(Intl.NumberFormat, this.locale);
    const failed = this.hostReader === false && hasHostQuotes(this);
    return html`
      ${this.renderTitle(msg('What people with MS say'))} ${renderHostSlot(failed)}
      ${failed
        ? nothing
        : controls
        ? html`
            ${this.renderQuote(quotes[index]!)}
            ${controls.renderControls(this, format.format(index + 1), format.format(quotes.length), msg, str)}
          `
        : quotes.map((quote) => this.renderQuote(quote))}
      <p class="note" part="note">${quotesNote()}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-quotes': MsQuotes;
  }
}
