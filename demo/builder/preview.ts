/**
 * The live preview: the real widget with the editor's valid settings, on a
 * light or dark page like the one it will sit on. The element is kept while
 * only its settings change (so a reader's place in it is not lost), and made
 * anew when the widget changes.
 */
export interface PreviewSettings {
  tag: string;
  attributes: Record<string, string>;
  lang: string;
  accent: string;
  onAccent: string;
  theme: string;
  /** Shown instead of the widget when it cannot be shown yet. */
  blockedMessage: string;
}

export class Preview {
  private el: HTMLElement | null = null;
  /** Attributes the preview set last time (a widget may reflect others, such as the step a reader is on). */
  private lastSet = new Set<string>();

  constructor(private readonly surface: HTMLElement) {}

  update(s: PreviewSettings): void {
    const surface = this.surface;
    surface.classList.toggle('page-dark', s.theme === 'dark');
    surface.classList.toggle('page-auto', s.theme === 'auto');
    if (s.blockedMessage) {
      this.el = null;
      const note = document.createElement('p');
      note.className = 'preview-note';
      note.textContent = s.blockedMessage;
      surface.replaceChildren(note);
      return;
    }
    if (!this.el || this.el.localName !== s.tag || !this.el.isConnected) {
      this.el = document.createElement(s.tag);
      this.lastSet = new Set();
      surface.replaceChildren(this.el);
    }
    const el = this.el;
    for (const name of this.lastSet) if (!(name in s.attributes)) el.removeAttribute(name);
    for (const [name, value] of Object.entries(s.attributes)) {
      if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    }
    this.lastSet = new Set(Object.keys(s.attributes));
    if (s.lang) el.setAttribute('lang', s.lang);
    else el.removeAttribute('lang');
    const style = (name: string, value: string) => (value ? el.style.setProperty(name, value) : el.style.removeProperty(name));
    style('--ms-accent', s.accent);
    style('--ms-on-accent', s.onAccent);
    if (!el.getAttribute('style')) el.removeAttribute('style');
  }

  get element(): HTMLElement | null {
    return this.el;
  }
}
