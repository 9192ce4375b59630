import {html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {parseEnum, parseText, warnAttribute} from '../../core/attributes.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {controlStyles} from '../../core/control-styles.js';
import {msg, str} from '../../core/localize.js';
import {safeUrl} from '../../core/safe-url.js';
import {HELPLINES, phoneHref, type CountryHelp, type CrisisLine} from '../../content/helplines.js';
import {translations} from '../../generated/translations/crisis-help.js';
import {crisisHelpStyles} from './crisis-help.styles.js';

const VARIANTS = ['card', 'inline'] as const;
export type CrisisHelpVariant = (typeof VARIANTS)[number];

/** Keeps a number's digits in order inside right-to-left text (an invisible isolate). */
const ltr = (text: string) => `\u2066${text}\u2069`;

function localeParts(tag: string | null): Intl.Locale | undefined {
  try {
    return new Intl.Locale((tag ?? '').trim().replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}

/**
 * The region of the widget's language (`en-GB` gives `GB`). Inside another
 * widget the nearest `lang` is that widget's language without a region (`en`),
 * so the page's own tag further up (`en-GB`) is used when it is the same language.
 */
function languageRegion(el: Element, tag: string): string | undefined {
  const own = localeParts(tag);
  if (!own || own.region) return own?.region;
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const parts = node instanceof Element && node.hasAttribute('lang') ? localeParts(node.getAttribute('lang')) : undefined;
    if (parts?.region && parts.language === own.language) return parts.region;
  }
  return undefined;
}

function displayName(locale: string, type: 'region' | 'language', code: string): string | undefined {
  try {
    return new Intl.DisplayNames([locale, 'en'], {type, fallback: 'none'}).of(code);
  } catch {
    return undefined;
  }
}

/**
 * Who to contact now: the emergency number and a crisis line for the reader's
 * country, as links a phone can call or text. Calm, always in the page (never
 * a popup), and usable inside other widgets in its one-line form.
 *
 * The country comes from `country`, else from the region of the widget's
 * language (`lang="en-GB"` gives the United Kingdom), else the widget says to
 * call the local emergency number. Countries with lines: US, CA, GB, IE, AU,
 * DE, FR, ES, NL, IT (each entry keeps the date it was last checked).
 *
 * @tagname ms-crisis-help
 * @summary Country-aware emergency number and crisis line, as call and text links.
 *
 * @attr country - Two-letter country code (ISO 3166), such as `GB`. Default: the region of the
 *   page language. A code the widget has no lines for shows the advice to call the local
 *   emergency number; a value that is not a country code warns and uses the page language.
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
    controlStyles,
    crisisHelpStyles,
  ];

  /** Two-letter country code (ISO 3166 alpha-2); default: the region of the page language. */
  @property() country?: string;

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

  /** The country whose numbers are shown (`GB`...), or '' when the widget shows the general advice. */
  get shownCountry(): string {
    const raw = this.country?.trim();
    if (raw) {
      const code = raw.toUpperCase() === 'UK' ? 'GB' : raw.toUpperCase();
      if (HELPLINES[code]) return code;
      const isCountry = /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && !!displayName('en', 'region', code);
      warnAttribute(
        this,
        'country',
        raw,
        isCountry
          ? 'has no crisis lines in this widget yet. It says to call the local emergency number; add a line with line-name and line-phone.'
          : 'expected a two-letter country code (ISO 3166), such as "GB". Using the page language instead.'
      );
      if (isCountry) return '';
    }
    const region = languageRegion(this, this.languageTag);
    return region && HELPLINES[region] ? region : '';
  }

  private phone(attribute: string, value: string | undefined): string | undefined {
    const text = value?.replace(/^\s*(tel|sms):/i, '').trim();
    if (!text) return undefined;
    const digits = text.replace(/\D/g, '').length;
    if (/^\+?[\d\s().-]+$/.test(text) && digits >= 2 && digits <= 15) return text;
    warnAttribute(this, attribute, value, 'expected a phone number such as "0800 123 456". It was ignored.');
    return undefined;
  }

  /** The line the host page set with the `line-*` attributes, if it is usable. */
  private hostLine(): CrisisLine | undefined {
    const name = parseText(this, 'line-name', this.lineName, 80);
    const phone = this.phone('line-phone', this.linePhone);
    const text = this.lineText?.trim() === '' ? phone : this.phone('line-text', this.lineText);
    const phones = phone ? [phone] : [];
    const texts = text ? [text] : [];
    let url = safeUrl(this, 'line-url', this.lineUrl?.trim(), ['https:', 'tel:', 'sms:']);
    if (url && !url.startsWith('https:')) {
      // A tel: or sms: link is shown like the other numbers.
      const number = this.phone('line-url', decodeURIComponent(url));
      if (number) (url.startsWith('tel:') ? phones : texts).push(number);
      url = undefined;
    }
    if (phones.length || texts.length || url) return {name, phones, texts, url};
    if (name) warnAttribute(this, 'line-name', name, 'needs line-phone, line-text or line-url. The line is not shown.');
    return undefined;
  }

  /** The built-in line, replaced by or followed by the host's line. */
  private lines(help: CountryHelp | undefined): CrisisLine[] {
    const lines = help ? [help.line] : [];
    const extra = this.hostLine();
    if (!extra) return lines;
    const keys = (line: CrisisLine) => [line.name?.toLowerCase(), ...line.phones.map((p) => phoneHref('tel:', p))];
    const extraKeys = keys(extra);
    const same = lines.findIndex((line) => keys(line).some((key) => key && extraKeys.includes(key)));
    if (same >= 0) lines[same] = extra;
    else lines.push(extra);
    return lines;
  }

  protected override renderContent() {
    const code = this.shownCountry;
    const help = HELPLINES[code];
    const lines = this.lines(help);
    const inline = parseEnum(this, 'variant', this.variant, VARIANTS, 'card') === 'inline';
    return inline ? this.renderInline(help, lines) : this.renderCard(code, help, lines);
  }

  private renderInline(help: CountryHelp | undefined, lines: CrisisLine[]) {
    const main = help?.emergency[0];
    return html`<p class="inline" part="inline">
      <span>${msg('If you need help now:')}</span>
      ${main
        ? html`<a class="button" href=${phoneHref('tel:', main)}>${msg(str`Emergency ${ltr(main)}`)}</a>`
        : html`<span>${msg('if you are in danger, call your local emergency number.')}</span>`}
      ${lines.map((line) => {
        const name = line.name ?? msg('Crisis line');
        const number = line.phones[0] ?? line.texts?.[0];
        if (number) {
          const href = phoneHref(line.phones[0] ? 'tel:' : 'sms:', number);
          return html`<a class="button secondary" href=${href}>${name}: ${ltr(number)}</a>`;
        }
        return line.url ? html`<a class="button secondary" href=${line.url}>${name}</a>` : nothing;
      })}
    </p>`;
  }

  private renderCard(code: string, help: CountryHelp | undefined, lines: CrisisLine[]) {
    const country = code && displayName(this.locale, 'region', code);
    return html`
      ${this.renderTitle(msg('Help if you need it now'))}
      <p>${msg('You do not have to cope with this alone.')}</p>
      <div class="emergency panel" part="emergency">
        ${help
          ? html`<p>${msg('If you are in danger now, or you might harm yourself, call:')}</p>
              <p class="actions">
                ${help.emergency.map((n) => html`<a class="button" href=${phoneHref('tel:', n)}>${msg(str`Call ${ltr(n)}`)}</a>`)}
                ${help.medical
                  ? html`<a class="button secondary" href=${phoneHref('tel:', help.medical)}
                      >${msg(str`Call ${ltr(help.medical)} for a medical emergency`)}</a
                    >`
                  : nothing}
              </p>`
          : html`<p>${msg('If you are in danger now, or you might harm yourself, call your local emergency number.')}</p>`}
      </div>
      ${lines.length
        ? html`<p>${msg('To talk to someone:')}</p>
            <ul class="lines">
              ${lines.map((line, i) => this.renderLine(line, i))}
            </ul>`
        : html`<p>${msg('You can also talk to your doctor, your MS nurse or a crisis line where you live.')}</p>`}
      ${country
        ? html`<p class="small" part="note">
            ${msg(str`These numbers are for: ${country}.`)} ${msg('In another country, call the local emergency number.')}
          </p>`
        : nothing}
    `;
  }

  private renderLine(line: CrisisLine, index: number) {
    const id = `line-${index}`;
    const facts: string[] = [];
    if (line.free) facts.push(msg('Free to call.'));
    if (line.anonymous) facts.push(msg('You do not have to give your name.'));
    if (line.open24h) facts.push(msg('Open 24 hours a day, 7 days a week.'));
    if (line.hours) {
      const [from, to] = line.hours;
      facts.push(msg(str`Open from ${from} to ${to}, not through the night.`));
      facts.push(msg('At other times, if you are in danger, call the emergency number.'));
    }
    if (line.languages) {
      const names = line.languages.map((l) => displayName(this.locale, 'language', l) ?? l);
      facts.push(msg(str`Languages: ${new Intl.ListFormat(this.locale, {type: 'conjunction'}).format(names)}.`));
    }
    const url = line.url && new URL(line.url);
    const verified = line.verified && new Date(`${line.verified}T00:00:00Z`);
    return html`<li part="line">
      <p class="name" id=${id}>${line.name ?? msg('Crisis line')}</p>
      ${facts.length ? html`<p>${facts.join(' ')}</p>` : nothing}
      <p class="actions">
        ${line.phones.map(
          (p) => html`<a class="button secondary" href=${phoneHref('tel:', p)} aria-describedby=${id}>${msg(str`Call ${ltr(p)}`)}</a>`
        )}
        ${(line.texts ?? []).map(
          (p) => html`<a class="button secondary" href=${phoneHref('sms:', p)} aria-describedby=${id}>${msg(str`Text ${ltr(p)}`)}</a>`
        )}
        ${url
          ? html`<a class="button secondary" href=${url.href} aria-describedby=${id}
              >${line.chat ? msg(str`Chat online at ${url.hostname}`) : msg(str`Website: ${url.hostname}`)}</a
            >`
          : nothing}
      </p>
      ${verified
        ? html`<p class="small">
            ${msg(str`Number checked on ${new Intl.DateTimeFormat(this.locale, {dateStyle: 'long', timeZone: 'UTC'}).format(verified)}.`)}
          </p>`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-crisis-help': MsCrisisHelp;
  }
}
