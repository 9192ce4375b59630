/**
 * Per-element translation lookup.
 *
 * `@lit/localize` keeps one global locale per page, but a charity page can hold
 * a French widget next to an English one. So every widget renders with the
 * templates of its own language: the base element sets the active templates
 * around its update cycle, and `msg()` below reads them. The `msg` exported
 * here carries the same type brand as `@lit/localize`'s, so `lit-localize
 * extract` still finds every call, and the XLIFF workflow stays unchanged.
 *
 * `@lit/localize` is pinned to an exact version because this file uses its
 * internal `generateMsgId` (the same hash `lit-localize extract` gives each
 * message). Translations are plain strings or `{strTag, strings, values}`
 * objects (see scripts/localize-split.mjs), so a language file imports
 * nothing and the CDN bundle stays one self-contained file.
 */
import type {LocaleModule, MsgFn, TemplateMap} from '@lit/localize/internal/types.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';

export type {TemplateMap};
export {str} from '@lit/localize/internal/str-tag.js';

let activeTemplates: TemplateMap | undefined;
/** How many language scopes (`withTemplates`) are open: 0 means no widget's language is known. */
let scopes = 0;

/**
 * Development builds (tests, Storybook, `vite` dev) warn about `msg()` calls
 * made outside any widget's language scope. Vite's production build replaces
 * `import.meta.env.DEV` with `false`, so the check and its message are
 * removed from the CDN bundle.
 */
// (Typed here, not through vite/client, so the npm build's type check needs no Vite types.)
type ViteMeta = {env?: {DEV?: boolean}};
const DEV: boolean = (import.meta as ViteMeta).env ? (import.meta as ViteMeta).env!.DEV !== false : true;
const warnedCallers = new Set<string>();

/** Warns once per call site that `msg()` ran without a widget's language (its text is English). */
function warnOutsideScope(): void {
  // Frames: this function, msg(), then the caller and who called it (content functions are called by widgets).
  const frames = (new Error().stack ?? '').split('\n').map((l) => l.trim()).filter((l) => l && l !== 'Error');
  const site = frames[2] ?? '';
  if (warnedCallers.has(site)) return;
  warnedCallers.add(site);
  const caller = frames.slice(2, 5).join(' <- ') || 'an unknown caller';
  console.warn(
    `[ms-widgets] msg() was called outside any widget's language scope, so its text is English: ${caller}. ` +
      'Make the text in render(), or run the code through the element\'s inOwnLanguage().'
  );
}

/**
 * The lookup of a message by its id (./translate.ts). It is loaded with the
 * first translation, so English pages never download it.
 */
let lookup: typeof import('./translate.js').lookup | undefined;

interface StrLike {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}
const isStr = (t: unknown): t is StrLike => typeof t === 'object' && t !== null && 'strTag' in t;
const join = (strings: readonly string[], values: readonly unknown[]) =>
  strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');

/** The English source text of a message. */
function source(template: unknown): unknown {
  return isStr(template) ? join(template.strings, template.values) : template;
}

/** The translation of `template` in `templates`, or its source text. */
function translate(templates: TemplateMap, template: unknown, id?: string): unknown {
  const found = lookup?.(templates, template, id);
  if (typeof found === 'string') return found;
  if (isStr(found) && isStr(template)) {
    // Translations hold the index of each value, as words may move around it.
    return join(found.strings, found.values.map((index) => template.values[index as number]));
  }
  return source(template);
}

/**
 * Translates a string into the language of the widget being rendered (or of
 * the element whose `inOwnLanguage()` is running). Called anywhere else, it
 * gives the English text, and development builds warn, naming the caller.
 */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) => {
  if (DEV && !scopes) warnOutsideScope();
  return activeTemplates ? translate(activeTemplates, template, options?.id) : source(template);
}) as MsgFn;

/** Runs `fn` with `templates` as the active translations (undefined = English source). */
export function withTemplates<T>(templates: TemplateMap | undefined, fn: () => T): T {
  const previous = activeTemplates;
  activeTemplates = templates;
  scopes++;
  try {
    return fn();
  } finally {
    scopes--;
    activeTemplates = previous;
  }
}

export const SOURCE_LOCALE: string = sourceLocale;

type Loader = () => Promise<LocaleModule>;

/**
 * Where a widget's translated strings are: by language, one loader per group
 * of strings it shows (generated into src/generated/translations/ by
 * `npm run localize:build`). Each loader is a separate small file.
 */
export type Translations = Record<string, Record<string, Loader>>;

/** Languages a host added at run time: one loader for all of the language's strings. */
const hostLoaders: Record<string, Loader> = {};

/** Every language a widget can render in. */
export function supportedLocales(): string[] {
  return [SOURCE_LOCALE, ...new Set([...targetLocales, ...Object.keys(hostLoaders)])];
}

/**
 * Adds (or replaces) a language at run time, for a host with its own
 * translation: `registerLocale('pt', () => import('../shared/pt.js'))`, where the module
 * exports `templates` as generated by `lit-localize build`.
 */
export function registerLocale(locale: string, loader: Loader): void {
  hostLoaders[locale] = loader;
  merged.delete(locale);
  for (const key of [...pending.keys()]) if (key.startsWith(`${locale}/`)) pending.delete(key);
  for (const key of [...done]) if (key.startsWith(`${locale}/`)) done.delete(key);
}

/** Whether a language is written right to left (its primary subtag is one of these). */
export function isRtlLanguage(tag: string): boolean {
  return /^(ar|he|fa|ur|ps|sd|yi|dv|ku|ug)([-_]|$)/i.test(tag);
}

const warnedTags = new Set<string>();

/**
 * Maps any BCP 47 tag to a supported locale: an exact match, else the base
 * language (`fr-CA` gives `fr`), else English. An unsupported language is
 * warned about once per page.
 */
export function matchLocale(tag: string): string {
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!wanted) return SOURCE_LOCALE;
  const supported = supportedLocales();
  const exact = supported.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split('-')[0];
  const byBase = supported.find((l) => l.toLowerCase() === base);
  if (byBase) return byBase;
  if (!warnedTags.has(wanted)) {
    warnedTags.add(wanted);
    console.warn(
      `[ms-widgets] The language "${tag}" has no translation yet; the widgets show English. ` +
        `Supported: ${supported.join(', ')}.`
    );
  }
  return SOURCE_LOCALE;
}

/** Per language: every string loaded so far, from all groups (ids are unique). */
const merged = new Map<string, TemplateMap>();
/** Loads in flight or done, by `language/group`. */
const pending = new Map<string, Promise<void>>();
const done = new Set<string>();

function loadersFor(locale: string, translations: Translations): [string, Loader][] {
  const host = hostLoaders[locale];
  if (host) return [[`${locale}/*`, host]];
  return Object.entries(translations[locale] ?? {}).map(([group, loader]) => [`${locale}/${group}`, loader]);
}

/** The loaded strings of `locale` (undefined for English or before any load). */
export function cachedTemplates(locale: string): TemplateMap | undefined {
  return merged.get(locale);
}

/** Whether a widget's strings in `locale` are loaded (always true for English). */
export function isLoaded(locale: string, translations: Translations): boolean {
  return locale === SOURCE_LOCALE || loadersFor(locale, translations).every(([key]) => done.has(key));
}

/**
 * Loads a widget's strings in `locale`, each file once for the whole page.
 * A failed load warns and leaves those strings in English.
 */
export function loadTemplates(locale: string, translations: Translations): Promise<void> {
  if (locale === SOURCE_LOCALE) return Promise.resolve();
  return Promise.all(
    loadersFor(locale, translations).map(([key, loader]) => {
      let promise = pending.get(key);
      if (!promise) {
        promise = Promise.all([loader(), import('./translate.js')]).then(
          ([module, found]) => {
            lookup = found.lookup;
            merged.set(locale, {...merged.get(locale), ...module.templates});
            done.add(key);
          },
          (error: unknown) => {
            console.warn(`[ms-widgets] Could not load the "${locale}" translations; showing English.`, error);
            done.add(key);
          }
        );
        pending.set(key, promise);
      }
      return promise;
    })
  ).then(() => undefined);
}
