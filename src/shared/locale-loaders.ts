import type {LocaleModule} from '@lit/localize/internal/types.js';

/**
 * One loader per translated language. Each becomes a separate file in the
 * builds, so a page downloads only the languages its widgets use; English
 * needs none (the source strings are built into every widget). The modules
 * are generated from xliff/*.xlf by `npm run localize:build`.
 */
export const localeLoaders: Record<string, (() => Promise<LocaleModule>) | undefined> = {
  ar: () => import('../generated/locales/ar.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  it: () => import('../generated/locales/it.js'),
  nl: () => import('../generated/locales/nl.js'),
};
