import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {warnAttribute} from '../../core/attributes.js';
import type {PrivateStore} from '../../behaviors/private-store.js';
import {HELPLINES} from '../../content/helplines.js';

function localeParts(tag: string | null): Intl.Locale | undefined {
  try {
    return new Intl.Locale((tag ?? '').trim().replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}

/**
 * The region of the widget's language (`en-GB` gives `GB`). When the widget's
 * own tag has no region, a tag of the same language further up the page
 * (`<html lang="en-GB">`) gives it.
 */
export function languageRegion(el: Element, tag: string): string | undefined {
  const own = localeParts(tag);
  if (!own || own.region) return own?.region;
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const parts = node instanceof Element && node.hasAttribute('lang') ? localeParts(node.getAttribute('lang')) : undefined;
    if (parts?.region && parts.language === own.language) return parts.region;
  }
  return undefined;
}

/** A country or language name in `locale` (Intl.DisplayNames), or undefined. */
export function displayName(locale: string, type: 'region' | 'language', code: string): string | undefined {
  try {
    return new Intl.DisplayNames([locale, 'en'], {type, fallback: 'none'}).of(code);
  } catch {
    return undefined;
  }
}

/** Every country with data, as `[code, name]` sorted by name in `locale`. */
export function supportedCountries(locale: string): [code: string, name: string][] {
  const collator = new Intl.Collator(locale);
  return Object.keys(HELPLINES)
    .map((code): [string, string] => [code, displayName(locale, 'region', code) ?? code])
    .sort((a, b) => collator.compare(a[1], b[1]));
}

const isCode = (data: unknown): data is string => typeof data === 'string' && !!HELPLINES[data];

export interface CountrySource {
  /** The host's `country` attribute. */
  country(): string | undefined;
  /** The nearest `lang` as the page wrote it. */
  languageTag(): string;
  /** Whether the host keeps the reader's choice (`persist`). */
  persist(): boolean;
}

/**
 * Which country's numbers a widget with crisis help shows: the host's
 * `country`, else the country the reader chose, else the region of the page
 * language. The reader's choice is kept in the browser only with `persist`
 * (one key for every widget, as it is the same reader).
 */
export class CrisisCountry implements ReactiveController {
  /** The country the reader chose in the chooser ('' = none). */
  chosen = '';
  private store?: PrivateStore<string>;
  /** Storage code is loaded only when the host keeps the choice (`persist`). */
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: CountrySource
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.syncStore();
  }

  hostUpdate(): void {
    if (!this.store || !this.source.persist()) this.syncStore();
  }

  private syncStore(): void {
    if (!this.source.persist()) {
      this.store = undefined;
      return;
    }
    this.loading ??= import('../../behaviors/private-store.js').then(({PrivateStore}) => {
      this.loading = undefined;
      if (!this.source.persist() || this.store) return;
      this.store = new PrivateStore(this.host, 'crisis-country', 1, isCode);
      if (this.chosen) this.store.save(this.chosen);
      else if ((this.chosen = this.store.load() ?? '')) this.host.requestUpdate();
    });
  }

  /**
   * The host's country: `code` when there are numbers for it; `other` when it
   * names a real country without data (the page is about that country, so the
   * page language's region is not used). A bad value warns once.
   */
  private fromHost(): {code: string; other: boolean} {
    const raw = this.source.country()?.trim();
    if (!raw) return {code: '', other: false};
    const code = raw.toUpperCase() === 'UK' ? 'GB' : raw.toUpperCase();
    if (HELPLINES[code]) return {code, other: false};
    const isCountry = /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && !!displayName('en', 'region', code);
    warnAttribute(
      this.host,
      'country',
      raw,
      isCountry
        ? 'has no crisis lines in this widget yet. It says to call the local emergency number; add a line with line-name and line-phone.'
        : 'expected a two-letter country code (ISO 3166), such as "GB". Using the page language instead.'
    );
    return {code: '', other: isCountry};
  }

  /** The country whose numbers are shown, or '' for the general advice. */
  get shown(): string {
    const host = this.fromHost();
    if (host.code) return host.code;
    if (this.chosen || host.other) return this.chosen;
    const region = languageRegion(this.host, this.source.languageTag());
    return region && HELPLINES[region] ? region : '';
  }

  /** Whether the reader gets the country chooser: unless the host set a country there are numbers for. */
  get offersChoice(): boolean {
    return !this.fromHost().code;
  }

  /** Shows `code`'s numbers (and keeps the choice with `persist`). */
  choose(code: string): void {
    this.chosen = HELPLINES[code] ? code : '';
    if (this.store) {
      if (this.chosen) this.store.save(this.chosen);
      else this.store.clear();
    }
    // With storage still loading, the choice is saved when it has loaded.
    this.host.requestUpdate();
  }
}
