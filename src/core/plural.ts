/**
 * Plurals in every language: Intl.PluralRules of the element's locale picks
 * one of the six CLDR categories, and each category is its own message (so
 * XLIFF has a target for each; lit-localize has no ICU plurals). English
 * uses only `one` and `other`, French adds `many`, Arabic uses all six; a
 * language without a category never shows it, and its target can repeat
 * the `other` form. Give every form, with ids `<key>.zero` ... `<key>.other`:
 *
 *   plural(this.locale, n, {
 *     zero: () => msg(str`${n} signs`, {id: 'signs.zero'}),
 *     one: () => msg(str`${n} sign`, {id: 'signs.one'}),
 *     ...
 *   })
 */
import {cachedIntl} from './intl.js';

export type PluralForms = Record<Intl.LDMLPluralRule, () => string>;

export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  try {
    return cachedIntl(Intl.PluralRules, locale).select(count);
  } catch {
    return 'other';
  }
}

/** The form of `forms` for `count` in `locale` (only that form's message is looked up). */
export function plural(locale: string, count: number, forms: PluralForms): string {
  return forms[pluralCategory(locale, count)]();
}
