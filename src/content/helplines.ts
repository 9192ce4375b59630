/**
 * Crisis lines by country (ISO 3166 alpha-2), copied from the project's
 * helplines.md. Numbers change: each entry keeps the date it was last checked,
 * and a host page can override or add a line with the `line-*` attributes.
 *
 * Numbers are written the way people read them; links use the digits only.
 * Only say what the source says: `open24h` only where it says 24/7, and
 * `hours` where a line is not open all the time.
 */
export interface CrisisLine {
  /** The line's own name (a proper name, not translated); none for lines known only by their number. */
  name?: string;
  /** Numbers to call. */
  phones: string[];
  /** Numbers that take text messages. */
  texts?: string[];
  /** A web page with more help (https only). */
  url?: string;
  /** The web page offers chat. */
  chat?: boolean;
  /** The source says it is open 24 hours a day, 7 days a week. */
  open24h?: boolean;
  /** Opening hours (local time) when it is not open all the time. */
  hours?: [from: string, to: string];
  free?: boolean;
  anonymous?: boolean;
  /** Languages it answers in (language codes). */
  languages?: string[];
  /** The date the entry was last checked, YYYY-MM-DD. Absent for lines the host page adds. */
  verified?: string;
}

export interface CountryHelp {
  /** Emergency numbers, the main one first. */
  emergency: string[];
  /** A separate number for medical emergencies, where there is one. */
  medical?: string;
  line: CrisisLine;
}

const checked = '2026-11-26';

export const HELPLINES: Readonly<Record<string, CountryHelp>> = {
  US: {
    emergency: ['911'],
    line: {name: '988 Suicide & Crisis Lifeline', phones: ['988'], texts: ['988'], url: 'https://988lifeline.org/', chat: true, verified: checked},
  },
  CA: {emergency: ['911'], line: {phones: ['988'], texts: ['988'], languages: ['en', 'fr'], verified: checked}},
  GB: {emergency: ['999'], line: {name: 'Samaritans', phones: ['116 123'], free: true, open24h: true, verified: checked}},
  IE: {emergency: ['112', '999'], line: {name: 'Samaritans', phones: ['116 123'], free: true, open24h: true, verified: checked}},
  AU: {emergency: ['000'], line: {name: 'Lifeline', phones: ['13 11 14'], texts: ['0477 13 11 14'], open24h: true, verified: checked}},
  DE: {
    emergency: ['112'],
    line: {
      name: 'TelefonSeelsorge',
      phones: ['0800 111 0 111', '0800 111 0 222'],
      free: true,
      anonymous: true,
      open24h: true,
      verified: checked,
    },
  },
  FR: {emergency: ['112'], medical: '15', line: {phones: ['3114'], free: true, open24h: true, verified: checked}},
  ES: {emergency: ['112'], line: {phones: ['024'], verified: checked}},
  NL: {emergency: ['112'], line: {name: '113 Zelfmoordpreventie', phones: ['113', '0800-0113'], verified: checked}},
  IT: {emergency: ['112'], line: {name: 'Telefono Amico', phones: ['02 2327 2327'], hours: ['10:00', '24:00'], verified: checked}},
};

/** The link target for a phone number: the digits only (and a leading + for international numbers). */
export function phoneHref(scheme: 'tel:' | 'sms:', number: string): string {
  const trimmed = number.trim();
  return `${scheme}${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

function localeOf(tag: string | null): Intl.Locale | undefined {
  try {
    return new Intl.Locale((tag ?? '').trim().replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}

/**
 * The country whose crisis numbers apply to `el` (a key of HELPLINES), or ''
 * for the general advice: its `country` (UK counts as GB) when listed, else
 * the region of its language (`en-GB` gives GB; a plain `en` inside a page
 * marked `en-GB` also gives GB). A pure look-up on the element's own
 * attributes and ancestors, for any widget that shows or prints crisis help.
 */
export function helplineCountry(el: Element, country: string | undefined, languageTag: string): string {
  const raw = country?.trim().toUpperCase();
  if (raw) {
    const code = raw === 'UK' ? 'GB' : raw;
    if (HELPLINES[code]) return code;
    // A real two-letter code without lines gives the general advice; anything else falls back to the language.
    if (/^[A-Z]{2}$/.test(code)) return '';
  }
  const own = localeOf(languageTag);
  let region = own?.region;
  if (own && !region) {
    for (let node: Node | null = el; node && !region; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      const parts = node instanceof Element && node.hasAttribute('lang') ? localeOf(node.getAttribute('lang')) : undefined;
      if (parts?.region && parts.language === own.language) region = parts.region;
    }
  }
  return region && HELPLINES[region] ? region : '';
}
