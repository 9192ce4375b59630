import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {warnAttribute} from '../../core/attributes.js';
import type {PrivateStore} from '../../behaviors/private-store.js';
import {EMERGENCY_NUMBERS as NUMBERS} from '../../content/emergency-numbers.js';
import type * as Details from './details.js';

// Intl objects are slow to make, and every instance renders with the same few
// languages: each is made once per page (100 widgets made 3,500 name look-ups).
const parsedTags = new Map<string, Intl.Locale | undefined>();

function localeParts(tag: string | null): Intl.Locale | undefined {
  const key = tag ?? '';
  if (!parsedTags.has(key)) {
    let parsed: Intl.Locale | undefined;
    try {
      parsed = new Intl.Locale(key.trim().replace(/_/g, '-'));
    } catch {
      // Not a language tag.
    }
    parsedTags.set(key, parsed);
  }
  return parsedTags.get(key);
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

const namers = new Map<string, Intl.DisplayNames | undefined>();
const countryLists = new Map<string, [code: string, name: string][]>();

/** A country's name in `locale` (Intl.DisplayNames, made once per locale), or undefined. */
export function regionName(locale: string, code: string): string | undefined {
  if (!namers.has(locale)) {
    let namer: Intl.DisplayNames | undefined;
    try {
      namer = new Intl.DisplayNames([locale, 'en'], {type: 'region', fallback: 'none'});
    } catch {
      // Not a locale this browser knows: no names.
    }
    namers.set(locale, namer);
  }
  try {
    return namers.get(locale)?.of(code);
  } catch {
    return undefined;
  }
}

/** Every country with data, as `[code, name]` sorted by name in `locale` (the same list for every call). */
export function supportedCountries(locale: string): [code: string, name: string][] {
  let list = countryLists.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    list = Object.keys(NUMBERS)
      .map((code): [string, string] => [code, regionName(locale, code) ?? code])
      .sort((a, b) => collator.compare(a[1], b[1]));
    countryLists.set(locale, list);
  }
  return list;
}

/** A saved country (a key of the table, never an inherited name such as "constructor"). */
const isCode = (data: unknown): data is string => typeof data === 'string' && /^[A-Z]{2}$/.test(data) && !!NUMBERS[data];

/** The crisis lines and what renders them: loaded right after the first paint (issue 18). */
export type CrisisDetails = typeof Details;

/** Loads the crisis details (tests replace `load` to act offline). */
export const crisisDetails = {load: (): Promise<CrisisDetails> => import('./details.js')};

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
 *
 * The first paint shows the emergency numbers (emergency-numbers.ts) at once;
 * the crisis lines (helplines.ts) and their renderer are loaded right after
 * it, or at once when the reader chooses a country. Until then `details` is
 * undefined; if loading fails (offline), `detailsFailed` is true and the
 * emergency numbers stay the help shown.
 */
export class CrisisCountry implements ReactiveController {
  /** The country the reader chose in the chooser ('' = none). */
  chosen = '';
  /** The crisis lines and their renderer, once loaded. */
  details?: CrisisDetails;
  /** Loading the details failed (offline): the emergency numbers stay. */
  detailsFailed = false;
  private detailsLoading?: Promise<void>;
  private detailsPlanned = false;
  private detailsUnshown = false;
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
    // Details that arrived while the widget was off the page are shown now.
    if (this.detailsUnshown) {
      this.detailsUnshown = false;
      this.host.requestUpdate();
    }
  }

  hostUpdate(): void {
    if (!this.store || !this.source.persist()) this.syncStore();
  }

  hostUpdated(): void {
    // After the first frame is painted, not before: the first paint never waits for the details.
    if (this.detailsPlanned) return;
    this.detailsPlanned = true;
    requestAnimationFrame(() => setTimeout(() => void this.loadDetails()));
  }

  /** Loads the details now (once; again after a failure), then renders. Never rejects. */
  loadDetails(): Promise<void> {
    return (this.detailsLoading ??= crisisDetails
      .load()
      .then(
        (details) => {
          this.details = details;
          this.detailsFailed = false;
        },
        () => {
          this.detailsFailed = true;
          this.detailsLoading = undefined;
        }
      )
      .then(() => {
        // A widget taken off the page does not update (it renders them when it is back).
        if (this.host.isConnected) this.host.requestUpdate();
        else this.detailsUnshown = true;
      }));
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
   * page language's region is not used). A bad value warns once, on the
   * first render (the emergency numbers say which codes have data).
   */
  private fromHost(): {code: string; other: boolean} {
    const raw = this.source.country()?.trim();
    if (!raw) return {code: '', other: false};
    const code = raw.toUpperCase() === 'UK' ? 'GB' : raw.toUpperCase();
    if (NUMBERS[code]) return {code, other: false};
    const isCountry = /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && !!regionName('en', code);
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
    return region && NUMBERS[region] ? region : '';
  }

  /**
   * How many crisis line boxes to keep while the details load: the shown
   * country's lines, plus `extra` (a line the host adds); 0 once loaded or
   * when loading failed.
   */
  pending(extra = 0): number {
    return this.details || this.detailsFailed ? 0 : (NUMBERS[this.shown]?.lines ?? 0) + extra;
  }

  /** Whether the reader gets the country chooser: unless the host set a country there are numbers for. */
  get offersChoice(): boolean {
    return !this.fromHost().code;
  }

  /** Shows `code`'s numbers (and keeps the choice with `persist`). */
  choose(code: string): void {
    this.chosen = NUMBERS[code] ? code : '';
    if (this.store) {
      if (this.chosen) this.store.save(this.chosen);
      else this.store.clear();
    }
    // With storage still loading, the choice is saved when it has loaded.
    this.host.requestUpdate();
    if (!this.details) void this.loadDetails();
  }
}
