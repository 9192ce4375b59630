/** Small helpers of the pacer: its numbers (its events are fired by session.ts). */

const formats = new Map<string, Intl.NumberFormat>();
/** A number with at most one decimal, in seconds if `seconds`; the formatters are made once per language. */
export function formatNumber(locale: string, value: number, seconds?: boolean): string {
  const key = locale + (seconds ? ' s' : '');
  let format = formats.get(key);
  if (!format) {
    const unit: Intl.NumberFormatOptions = seconds ? {style: 'unit', unit: 'second', unitDisplay: 'long'} : {};
    formats.set(key, (format = new Intl.NumberFormat(locale, {maximumFractionDigits: 1, ...unit})));
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
