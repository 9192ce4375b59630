import type {LocaleModule} from '@lit/localize/internal/types.js';

/**
 * One loader per translated language. Each is a separate file in the builds,
 * so a page downloads only the languages its widgets use. English needs none:
 * the source strings are built into every widget.
 */
export const localeLoaders: Record<string, (() => Promise<LocaleModule>) | undefined> = {};
