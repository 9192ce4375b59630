/**
 * Finds the language and text direction that apply to an element: its own
 * `lang` / `dir`, the nearest ancestor's (crossing shadow roots), or the
 * document's. One shared observer tells connected widgets when any `lang` or
 * `dir` on the page changes.
 */

function parentAcrossShadow(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node instanceof ShadowRoot ? node.host : null;
}

function nearestAttribute(el: Element, name: string): string | null {
  for (let node: Node | null = el; node; node = parentAcrossShadow(node)) {
    if (node instanceof Element && node.hasAttribute(name)) return node.getAttribute(name);
  }
  return null;
}

/** The nearest `lang` value, or '' when none is set. */
export function nearestLang(el: Element): string {
  return nearestAttribute(el, 'lang')?.trim() ?? '';
}

/** The nearest explicit `ltr` / `rtl`, or null when none is set. */
export function nearestDir(el: Element): 'ltr' | 'rtl' | null {
  for (let node: Node | null = el; node; node = parentAcrossShadow(node)) {
    if (node instanceof Element) {
      const dir = node.getAttribute('dir')?.trim().toLowerCase();
      if (dir === 'ltr' || dir === 'rtl') return dir;
    }
  }
  return null;
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
