/**
 * Crisis lines by country (ISO 3166 alpha-2), copied from the project's
 * helplines.md. Numbers change: each entry keeps the date it was last checked,
 * and a host page can override or add a line with the `line-*` attributes.
 *
 * Numbers are written the way people read them; links use the digits only.
 * Only say what the source says: `open24h` only where it says 24/7, `hours`
 * where a line is not open all the time, `notAlways` where the source says
 * so without reliable hours. Countries where no national crisis line could
 * be verified have emergency numbers only: never a guessed line.
 * The emergency numbers themselves are in emergency-numbers.ts (shown on
 * every widget's first paint); this file, with the lines, is loaded after it.
 */
import {EMERGENCY_NUMBERS} from './emergency-numbers.js';

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
  /** The source says it is not open all the time, without reliable hours. */
  notAlways?: boolean;
  /** What a call costs at most, as the source writes it (`CHF 0.20`), where it is not free. */
  cost?: string;
  /** The menu option to choose after calling (`4`), where the number serves more than this. */
  option?: string;
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
  /** A separate number for medical emergencies (ambulance), where there is one. */
  medical?: string;
  /** The national crisis line; absent where none could be verified (emergency numbers only). */
  line?: CrisisLine;
  /** More national crisis lines (another language, another service). */
  otherLines?: CrisisLine[];
}

const checked = '2026-11-26';
/** The rows helplines.md added on 2026-12-01 (from the lines' own pages, government pages and press). */
const added = '2026-12-01';

/**
 * The crisis lines of each country in EMERGENCY_NUMBERS: none where no
 * national line could be verified. What the crisis help loads after its
 * first paint (it imports nothing of the first paint's, so the first paint's
 * chunk stays a plain module).
 */
export const LINES: Readonly<Record<string, Pick<CountryHelp, 'line' | 'otherLines'>>> = {
  US: {
    line: {name: '988 Suicide & Crisis Lifeline', phones: ['988'], texts: ['988'], url: 'https://988lifeline.org/', chat: true, verified: checked},
  },
  CA: {line: {phones: ['988'], texts: ['988'], languages: ['en', 'fr'], verified: checked}},
  GB: {line: {name: 'Samaritans', phones: ['116 123'], free: true, open24h: true, verified: checked}},
  IE: {line: {name: 'Samaritans', phones: ['116 123'], free: true, open24h: true, verified: checked}},
  AU: {line: {name: 'Lifeline', phones: ['13 11 14'], texts: ['0477 13 11 14'], open24h: true, verified: checked}},
  DE: {
    line: {
      name: 'TelefonSeelsorge',
      phones: ['0800 111 0 111', '0800 111 0 222'],
      free: true,
      anonymous: true,
      open24h: true,
      verified: checked,
    },
  },
  FR: {line: {phones: ['3114'], free: true, open24h: true, verified: checked}},
  ES: {line: {phones: ['024'], verified: checked}},
  NL: {line: {name: '113 Zelfmoordpreventie', phones: ['113', '0800-0113'], verified: checked}},
  IT: {line: {name: 'Telefono Amico', phones: ['02 2327 2327'], hours: ['10:00', '24:00'], verified: checked}},
  BE: {
    line: {name: 'Zelfmoordlijn', phones: ['1813'], languages: ['nl'], free: true, anonymous: true, open24h: true, verified: added},
    otherLines: [
      {name: 'Centre de Prévention du Suicide', phones: ['0800 32 123'], languages: ['fr'], free: true, anonymous: true, open24h: true, verified: added},
    ],
  },
  CH: {
    line: {
      name: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico',
      phones: ['143'],
      open24h: true,
      languages: ['de', 'fr', 'it'],
      cost: 'CHF 0.20',
      verified: added,
    },
  },
  AT: {line: {name: 'TelefonSeelsorge', phones: ['142'], free: true, open24h: true, verified: added}},
  LU: {line: {name: 'SOS Détresse', phones: ['45 45 45'], notAlways: true, verified: added}},
  NZ: {line: {name: 'Need to talk?', phones: ['1737'], texts: ['1737'], free: true, open24h: true, verified: added}},
  PT: {line: {name: 'SNS 24', phones: ['808 24 24 24'], option: '4', open24h: true, languages: ['pt', 'en'], verified: added}},
  FI: {line: {name: 'MIELI Kriisipuhelin', phones: ['09 2525 0111'], open24h: true, languages: ['fi'], verified: added}},
  NO: {
    line: {name: 'Mental Helse', phones: ['116 123'], open24h: true, verified: added},
    otherLines: [{name: 'Kirkens SOS', phones: ['22 40 00 40'], open24h: true, verified: added}],
  },
  SE: {line: {name: 'Mind Självmordslinjen', phones: ['90101'], verified: added}},
  PL: {line: {phones: ['116 123'], free: true, notAlways: true, verified: added}},
  MX: {line: {name: 'Línea de la Vida', phones: ['800 911 2000'], free: true, open24h: true, languages: ['es'], verified: added}},
  CL: {line: {phones: ['*4141'], free: true, open24h: true, verified: added}},
  AR: {line: {name: 'Línea de Salud Mental', phones: ['0800 999 0091'], free: true, verified: added}},
  LB: {line: {name: 'Embrace LifeLine', phones: ['1564'], free: true, notAlways: true, verified: added}},
  AE: {
    line: {name: 'Mental Support Line', phones: ['800 4673'], hours: ['08:00', '20:00'], languages: ['ar', 'en'], verified: added},
  },
  QA: {line: {name: 'National Mental Health Helpline', phones: ['16000'], notAlways: true, verified: added}},
};

/** Every country's emergency numbers and crisis lines (the whole table, for checks and tests). */
export const HELPLINES: Readonly<Record<string, CountryHelp>> = /* @__PURE__ */ (() =>
  Object.fromEntries(
    Object.entries(EMERGENCY_NUMBERS).map(([code, {emergency, medical}]) => [code, {emergency, ...(medical ? {medical} : {}), ...LINES[code]}])
  ))();

/** Every crisis line of a country: the main one first. */
export function countryLines(help: Pick<CountryHelp, 'line' | 'otherLines'> | undefined): CrisisLine[] {
  return help ? [...(help.line ? [help.line] : []), ...(help.otherLines ?? [])] : [];
}

/** The link target for a phone number: the digits only (and a leading + or * where the number has one). */
export function phoneHref(scheme: 'tel:' | 'sms:', number: string): string {
  const trimmed = number.trim();
  const lead = /^[+*]/.test(trimmed) ? trimmed[0] : '';
  return `${scheme}${lead}${trimmed.replace(/\D/g, '')}`;
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
