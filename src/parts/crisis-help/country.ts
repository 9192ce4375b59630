import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {warnAttribute} from '../../core/attributes.js';
import type {PrivateStore} from '../../behaviors/private-store.js';
import {EMERGENCY_NUMBERS as NUMBERS} from '../../content/emergency-numbers.js';
import type * as Details from './details.js';

/**
 * `make(key)`, made once per page for each key (a `make` that throws gives
 * undefined, kept too). Intl objects are slow to make, and every instance
 * renders with the same few languages: 100 widgets made 3,500 name look-ups.
 */
function once<T>(make: (key: string) => T): (key: string) => T | undefined {
  const made = new Map<string, T | undefined>();
  return (key) => {
    if (!made.has(key)) {
      let value: T | undefined;
      try {
        value = make(key);
      } catch {
        // Not a language tag, or not one this browser knows.
      }
      made.set(key, value);
    }
    return made.get(key);
  };
}

const localeParts = once((tag) => new Intl.Locale(tag.trim().replace(/_/g, '-')));

/**
 * The region of the widget's language (`en-GB` gives `GB`). When the widget's
 * own tag has no region, a tag of the same language further up the page
 * (`<html lang="en-GB">`) gives it.
 */
export function languageRegion(el: Element, tag: string): string | undefined {
  const own = localeParts(tag);
  if (!own || own.region) return own?.region;
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const parts = node instanceof Element && node.hasAttribute('lang') ? localeParts(node.getAttribute('lang')!) : undefined;
    if (parts?.region && parts.language === own.language) return parts.region;
  }
  return undefined;
}

const regionNamer = once((locale) => new Intl.DisplayNames([locale, 'en'], {type: 'region', fallback: 'none'}));

/** A country's name in `locale` (Intl.DisplayNames, made once per locale), or undefined. */
export function regionName(locale: string, code: string): string | undefined {
  try {
    return regionNamer(locale)?.of(code);
  } catch {
    return undefined;
  }
}

const countryLists = once((locale): [code: string, name: string][] => {
  const collator = new Intl.Collator(locale);
  return Object.keys(NUMBERS)
    .map((code): [string, string] => [code, regionName(locale, code) ?? code])
    .sort((a, b) => collator.compare(a[1], b[1]));
});

/** Every country with data, as `[code, name]` sorted by name in `locale` (the same list for every call). */
export const supportedCountries = (locale: string): [code: string, name: string][] => countryLists(locale) ?? [];

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
  #loading?: Promise<void>;
  /** Whether the details were asked for after the first paint. */
  #planned = false;
  /** Details that arrived while the widget was off the page: it renders them when it is back. */
  #unshown = false;
  #store?: PrivateStore<string>;
  /** Storage code is loaded only when the host keeps the choice (`persist`). */
  #storeLoading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: CountrySource
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#syncStore();
    if (this.#unshown) {
      this.#unshown = false;
      this.host.requestUpdate();
    }
  }

  hostUpdate(): void {
    if (!this.#store || !this.source.persist()) this.#syncStore();
  }

  hostUpdated(): void {
    // After the first frame is painted, not before: the first paint never waits for the details.
    // A page that paints no frames (a hidden tab) gets them a little later all the same.
    if (!this.#planned) {
      const load = () => void this.loadDetails();
      requestAnimationFrame(() => setTimeout(load));
      setTimeout(load, 500);
    }
    this.#planned = true;
  }

  /** Loads the details now (once; again after a failure), then renders. Never rejects. */
  loadDetails(): Promise<void> {
    return (this.#loading ??= crisisDetails
      .load()
      .then(
        (details) => {
          this.details = details;
          this.detailsFailed = false;
        },
        () => {
          this.detailsFailed = true;
          this.#loading = undefined;
        }
      )
      .then(() => {
        // A widget taken off the page does not update (it renders them when it is back).
        if (this.host.isConnected) this.host.requestUpdate();
        else this.#unshown = true;
      }));
  }

  #syncStore(): void {
    if (!this.source.persist()) {
      this.#store = undefined;
      return;
    }
    this.#storeLoading ??= import('../../behaviors/private-store.js').then(({PrivateStore}) => {
      this.#storeLoading = undefined;
      if (!this.source.persist() || this.#store) return;
      // A saved country is a key of the table (never an inherited name such as "constructor").
      const store = (this.#store = new PrivateStore(this.host, 'crisis-country', 1, isCode));
      if (this.chosen) store.save(this.chosen);
      else if ((this.chosen = store.load() ?? '')) this.host.requestUpdate();
    });
  }

  /**
   * The host's country: `code` when there are numbers for it; `other` when it
   * names a real country without data (the page is about that country, so the
   * page language's region is not used). A bad value warns once, when the
   * details have loaded or failed to (the emergency numbers say which codes
   * have data).
   */
  #fromHost(): {code: string; other?: boolean} {
    const raw = this.source.country()?.trim();
    if (!raw) return {code: ''};
    const code = raw.toUpperCase() === 'UK' ? 'GB' : raw.toUpperCase();
    if (NUMBERS[code]) return {code};
    const other = /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && !!regionName('en', code);
    // The warning's words come with the details (right after the first paint); offline, a shorter one.
    if (this.details || this.detailsFailed) {
      warnAttribute(this.host, 'country', raw, this.details?.countryProblem(other) ?? 'is not a country this widget has crisis lines for.');
    }
    return {code: '', other};
  }

  /** The country whose numbers are shown, or '' for the general advice. */
  get shown(): string {
    const host = this.#fromHost();
    if (host.code || this.chosen || host.other) return host.code || this.chosen;
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
    return !this.#fromHost().code;
  }

  /** Shows `code`'s numbers (and keeps the choice with `persist`). */
  choose(code: string): void {
    this.chosen = NUMBERS[code] ? code : '';
    if (this.#store) {
      if (this.chosen) this.#store.save(this.chosen);
      else this.#store.clear();
    }
    // With storage still loading, the choice is saved when it has loaded.
    this.host.requestUpdate();
    if (!this.details) void this.loadDetails();
  }
}
