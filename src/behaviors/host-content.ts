import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Host-supplied content. An editor may put a plain list or table inside a
 * widget; without JavaScript the page shows it as it is, and with JavaScript
 * the widget presents it instead of the article's default. Only text is read
 * (never HTML), so host markup cannot inject anything. The controller
 * re-reads the content when the CMS changes it later.
 */
export class LightDomController<T> implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly read: (host: HTMLElement) => T | null
  ) {
    host.addController(this);
  }

  /**
   * The parsed host content, or null when the host supplied none. It is read
   * afresh each time (a short list or table, read once per render), so it is
   * never out of date.
   */
  get value(): T | null {
    return this.read(this.host);
  }

  hostConnected(): void {
    (this.observer ??= new MutationObserver(() => this.host.requestUpdate())).observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

/** Text of a node with whitespace collapsed. */
export function cleanText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The items of the first direct `<ul>` or `<ol>` child, or null if there is none or it is empty. */
export function readHostList(host: HTMLElement): string[] | null {
  const list = host.querySelector(':scope > ul, :scope > ol');
  if (!list) return null;
  const items = [...list.querySelectorAll(':scope > li')].map((li) => cleanText(li)).filter(Boolean);
  return items.length ? items : null;
}

const watched = new WeakSet<HTMLElement>();

/**
 * Re-renders `host` whenever the content inside it changes (a CMS editing it
 * later), from the first call on (later calls do nothing): for the lazily
 * loaded readers of the table widgets and the quotes, which are loaded only
 * when the host has content of its own. Until then the widget's hidden
 * `<slot>` tells it when a child is added (`slotchange`).
 */
export function watchHostContent(host: ReactiveControllerHost & HTMLElement): void {
  if (watched.has(host)) return;
  watched.add(host);
  new MutationObserver(() => host.requestUpdate()).observe(host, {childList: true, subtree: true, characterData: true});
}
