/**
 * Choices for language and country, named the way people know them: each
 * language in its own language ("Deutsch", "العربية"), countries in English
 * (the builder's language), the ones with a built-in crisis line first.
 */
import {COUNTRIES_WITH_LINES, isRtlLanguage, supportedLocales} from './project.js';

export interface Choice {
  value: string;
  label: string;
  /** Language of the label, so screen readers pronounce it right. */
  lang?: string;
  dir?: 'rtl' | 'ltr';
}

function ownName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], {type: 'language', fallback: 'none'}).of(code);
    if (!name) return code;
    // "français" -> "Français": a list item starts with a capital where the script has them.
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/** Every language the widgets speak, named in itself, with the English name after it for the editor. */
export function languageChoices(): Choice[] {
  const english = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'code'});
  return supportedLocales().map((code) => {
    const own = ownName(code);
    const inEnglish = english.of(code) ?? code;
    const rtl = isRtlLanguage(code);
    return {
      value: code,
      label: own === inEnglish ? own : `${own} (${inEnglish})`,
      lang: code,
      dir: rtl ? 'rtl' : 'ltr',
    };
  });
}

/** Codes that Intl names but that are not countries (EU, UN, pseudo-regions, "Unknown region"). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'CQ']);

let cachedCountries: Choice[] | undefined;

/** Every ISO 3166 country Intl can name, sorted by name. */
export function allCountries(): Choice[] {
  if (cachedCountries) return cachedCountries;
  const names = new Intl.DisplayNames(['en'], {type: 'region', fallback: 'none'});
  const found: Choice[] = [];
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      if (NOT_COUNTRIES.has(code)) continue;
      let label: string | undefined;
      try {
        label = names.of(code);
      } catch {
        label = undefined;
      }
      if (label && label !== code) found.push({value: code, label});
    }
  }
  cachedCountries = found.sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return cachedCountries;
}

/** Countries in two groups: with a built-in crisis line, and the rest. */
export function countryGroups(): {label: string; choices: Choice[]}[] {
  const withLines = new Set(COUNTRIES_WITH_LINES);
  const all = allCountries();
  return [
    {label: 'With a built-in crisis line', choices: all.filter((c) => withLines.has(c.value))},
    {label: 'Other countries (the widget says to call the local emergency number)', choices: all.filter((c) => !withLines.has(c.value))},
  ];
}
