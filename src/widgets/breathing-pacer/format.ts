/** Small helpers of the pacer: its numbers (its events are fired by session.ts). */

const formats = new Map<string, Intl.NumberFormat>();
/**
 * A number with at most one decimal, as a length of time in `unit` if given
 * (e.g. "4 seconds", "3 minutes"); the formatters are made once per language and unit.
 */
export function formatNumber(locale: string, value: number, unit?: 'second' | 'minute'): string {
  const key = `${locale} ${unit}`;
  let format = formats.get(key);
  if (!format) {
    const style: Intl.NumberFormatOptions = unit ? {style: 'unit', unit, unitDisplay: 'long'} : {};
    formats.set(key, (format = new Intl.NumberFormat(locale, {maximumFractionDigits: 1, ...style})));
  }
  return format.format(value);
}

const plurals = new Map<string, Intl.PluralRules>();
/** The plural category of `value` in `locale` (the rules are made once per language, not at every render). */
export function pluralOf(locale: string, value: number): Intl.LDMLPluralRule {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(value);
}
