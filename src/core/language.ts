/**
 * Finds the language and text direction that apply to an element: its own
 * `lang` / `dir`, the nearest ancestor's (crossing shadow roots), or the
 * document's. One shared observer tells connected widgets when any `lang` or
 * `dir` on the page changes.
 */

/** The first non-null `read(element)` from `el` up through its ancestors, crossing shadow roots. */
function nearest<T>(el: Element, read: (element: Element) => T | null): T | null {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    const value = node instanceof Element ? read(node) : null;
    if (value !== null) return value;
  }
  return null;
}

/** The nearest `lang` value, or '' when none is set. */
export function nearestLang(el: Element): string {
  return nearest(el, (e) => e.getAttribute('lang'))?.trim() ?? '';
}

const regional = new Map<string, string>();

/**
 * The locale for dates and numbers: the page's full tag (`en-GB`, so dates
 * read "1 December 2026") when it is the widget's language, else the
 * widget's language (`locale`).
 */
export function regionalLocale(locale: string, tag: string): string {
  // Intl objects are slow to make and every instance asks the same: once per page.
  const key = `${locale} ${tag}`;
  let found = regional.get(key);
  if (found === undefined) {
    found = locale;
    try {
      const parsed = new Intl.Locale(tag.trim().replace(/_/g, '-'));
      if (parsed.language === new Intl.Locale(locale).language) {
        found = Intl.DateTimeFormat.supportedLocalesOf([parsed.toString()])[0] ?? locale;
      }
    } catch {
      // Not a language tag: the widget's language is used.
    }
    regional.set(key, found);
  }
  return found;
}

/** The nearest explicit `ltr` / `rtl`, or null when none is set. */
export function nearestDir(el: Element): 'ltr' | 'rtl' | null {
  return nearest(el, (e) => {
    const dir = e.getAttribute('dir')?.trim().toLowerCase();
    return dir === 'ltr' || dir === 'rtl' ? dir : null;
  });
}

export interface LanguageListener {
  languageChanged(): void;
}

const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

export function watchLanguage(listener: LanguageListener): void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const l of [...listeners]) l.languageChanged();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
}

export function unwatchLanguage(listener: LanguageListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
