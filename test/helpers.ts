import {expect} from '@open-wc/testing';
import {emulateMedia, pageScrollsSideways as scrollsSideways} from './commands.js';

/** Records console.warn calls until `restore()`; the messages are joined text. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

/** Runs `fn` while collecting warnings, restoring console.warn afterwards. */
export async function withWarnings<T>(fn: () => Promise<T> | T): Promise<{result: T; warnings: string[]}> {
  const capture = captureWarnings();
  try {
    const result = await fn();
    return {result, warnings: capture.messages};
  } finally {
    capture.restore();
  }
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Checks the widget with axe in the light theme, in the dark theme on a dark
 * page, and in forced colors. The element must be attached to the document.
 */
export async function expectAccessibleInAllThemes(el: HTMLElement & {updateComplete?: Promise<unknown>}): Promise<void> {
  const page = el.parentElement!;
  const previous = {bg: page.style.background, color: page.style.color, theme: el.getAttribute('theme')};
  try {
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    await expect(el).to.be.accessible();

    page.style.background = '#111418';
    page.style.color = '#f4f4f4';
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();

    page.style.background = previous.bg;
    page.style.color = previous.color;
    el.setAttribute('theme', 'light');
    await emulateMedia({forcedColors: 'active'});
    await el.updateComplete;
    await expect(el).to.be.accessible();
  } finally {
    await emulateMedia({forcedColors: 'none'});
    page.style.background = previous.bg;
    page.style.color = previous.color;
    if (previous.theme === null) el.removeAttribute('theme');
    else el.setAttribute('theme', previous.theme);
  }
}

/** Waits for the next two animation frames (layout and container queries settle). */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Whether the page scrolls sideways. */
export function pageScrollsSideways(): boolean {
  return scrollsSideways();
}

/**
 * The text a ::before/::after box shows. Engines answer getComputedStyle(…).content
 * differently: Chromium resolves attr() to a string, Firefox returns the declaration
 * as written (`attr(data-label) / ""`), so attr() is resolved here from the element.
 * Alternative text (after " / ") is left out.
 */
export function generatedText(el: Element, pseudo: '::before' | '::after'): string {
  const content = getComputedStyle(el, pseudo).content;
  let text = '';
  for (const [token, attr, literal] of content.matchAll(/attr\(\s*([\w-]+)[^)]*\)|"((?:[^"\\]|\\.)*)"|\//g)) {
    if (token === '/') break;
    text += attr !== undefined ? (el.getAttribute(attr) ?? '') : literal!.replace(/\\(.)/g, '$1');
  }
  return text;
}

/**
 * Blocks web storage the way a browser does when the reader (or a privacy setting) denies
 * it to the page: every use of localStorage/sessionStorage throws a SecurityError
 * DOMException. Done on Storage.prototype, which every engine lets a test patch
 * (redefining window.localStorage itself is ignored at random by WebKit).
 * Returns the function that unblocks it.
 */
export function blockStorage(): () => void {
  const proto = Storage.prototype;
  const names = ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const;
  const originals = names.map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)!] as const);
  for (const name of names) {
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  }
  return () => {
    for (const [name, descriptor] of originals) Object.defineProperty(proto, name, descriptor);
  };
}

/**
 * The page's uncaught errors and unhandled rejections while a `describe`
 * block runs (it adds its own before/after hooks): a lazy part that fails to
 * load must never throw at the reader's page.
 */
export function collectPageErrors(): unknown[] {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  return errors;
}
