/**
 * Measurements for readers at the edges: words split across lines, text that
 * is clipped, the page scrolling sideways, and controls that move.
 * Everything walks the widget's shadow DOM, nested shadow roots and the
 * host's slotted light-DOM content, as a reader sees it.
 *
 * Both files run in Chromium, Firefox and WebKit, with no engine skipped
 * (2 December 2026: large text 103 of 103, controls 34 of 34 in each). The
 * engines differ where a reader's browser would: Firefox's scrollbar takes
 * 12 px of the 320 px, so its widgets are 292 px wide (304 in Chromium,
 * whose headless scrollbars take no room), and only Firefox hyphenates with
 * `hyphens: auto` here (en, fr and de; it leaves capitalised English and
 * French words whole; this Chromium and WebKitGTK have no dictionaries).
 * Words are measured with hyphenation off (see splitWords), so every engine
 * holds the widgets to the same rule.
 */
import {fixture, html} from '@open-wc/testing';
import {setViewport} from '../commands.js';
import {nextFrames} from '../helpers.js';
import {rendered, REQUIRED} from '../robustness/widgets.js';

export type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/** Strings that may break anywhere: web addresses, DOIs, e-mail addresses, file paths. */
const BREAKABLE = /^\(?(https?:|www\.|doi[:.]|10\.\d{4,}\/)|[@/]\S*[./]\S/i;

/** Visits every node a reader sees: shadow roots, slotted nodes, nested widgets. */
export function walk(root: Node, visit: (node: Node) => void): void {
  const go = (node: Node) => {
    visit(node);
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      if (node.shadowRoot) go(node.shadowRoot);
      if (node instanceof HTMLSlotElement) {
        for (const n of node.assignedNodes({flatten: true})) go(n);
      }
    }
    for (const child of node.childNodes) go(child);
  };
  go(root);
}

/**
 * The words of a text with their offsets. A line may break after a hyphen, a
 * dash or a slash ('light-headed' is two words); the digit groups of a phone
 * number count as one word; URLs and DOIs are left out (they may break anywhere).
 */
function words(text: string): {word: string; index: number}[] {
  const out: {word: string; index: number}[] = [];
  // No-break spaces join what they join (French « guillemets », 10 km): one unit that breaks as a whole or not at all.
  for (const token of text.matchAll(/\+?\d[\d \u00a0\u202f-]*\d|[^ \t\n\r\f]+/gu)) {
    if (BREAKABLE.test(token[0])) continue;
    for (const part of token[0].matchAll(/[^\-‐–—/]+[\-‐–—/]*|[\-‐–—/]+/gu)) {
      out.push({word: part[0], index: token.index! + part.index!});
    }
  }
  return out;
}

export interface SplitWord {
  word: string;
  lines: number;
  /** The word is wider than its whole line: it cannot be kept whole without overflowing. */
  tooLong: boolean;
}

/**
 * Words whose letters lie on more than one line (URLs and DOIs excepted).
 * `tooLong` marks a word wider than 85 % of the widget (the share every
 * widget keeps for text), which no layout can keep whole
 * (where the browser has hyphenation dictionaries, `hyphens: auto` breaks it
 * at a syllable; elsewhere it breaks where it must, instead of overflowing).
 */
export function splitWords(el: Element): SplitWord[] {
  // A break at a hyphenation point ("auto-pilot", which Firefox's and
  // WebKit's dictionaries make with `hyphens: auto`) is allowed; any other
  // break is not. So words are measured with hyphenation off: then a word
  // on two lines was cut where no hyphen may go.
  const root = el.shadowRoot;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('*, *::before, *::after { hyphens: manual !important; -webkit-hyphens: manual !important; }');
  if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  try {
    return measureSplitWords(el);
  } finally {
    if (root) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

function measureSplitWords(el: Element): SplitWord[] {
  const out: SplitWord[] = [];
  const room = el.getBoundingClientRect().width * 0.85;
  walk(el.shadowRoot ?? el, (node) => {
    if (node.nodeType !== Node.TEXT_NODE) return;
    const text = node.textContent ?? '';
    for (const {word, index} of words(text)) {
      if (word.length < 2) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + word.length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
      if (rects.length < 2) continue;
      // Rects on one line overlap vertically; a new line starts below the previous line's middle.
      const lines: DOMRect[] = [];
      for (const r of rects) {
        if (!lines.some((l) => r.top < l.bottom - l.height / 2 && r.bottom > l.top + l.height / 2)) lines.push(r);
      }
      if (lines.length < 2) continue;
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      out.push({word, lines: lines.length, tooLong: width > room});
    }
  });
  return out;
}

/** Elements that hide overflow but do not hold all of their text. */
export function clipped(el: Element): string[] {
  const out: string[] = [];
  walk(el.shadowRoot ?? el, (node) => {
    if (!(node instanceof HTMLElement)) return;
    if (node.classList.contains('visually-hidden')) return;
    const style = getComputedStyle(node);
    if (style.position === 'absolute' && style.clipPath !== 'none') return;
    if (node instanceof HTMLSelectElement) {
      // A closed list shows its chosen option on one line, beside its arrow (about 1.25em).
      const probe = document.createElement('span');
      probe.style.cssText = `position: absolute; visibility: hidden; white-space: nowrap; font: ${style.font}`;
      probe.textContent = node.selectedOptions[0]?.textContent ?? '';
      document.body.append(probe);
      const text = probe.getBoundingClientRect().width;
      probe.remove();
      const room = node.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.25 * parseFloat(style.fontSize);
      if (text > room) out.push(`<select> ${Math.round(text)}>${Math.round(room)}: "${probe.textContent}"`);
      return;
    }
    const hides = /hidden|clip|auto|scroll/.test(style.overflowX);
    const ellipsis = style.textOverflow === 'ellipsis';
    if (!hides && !ellipsis) return;
    if (!node.textContent?.trim()) return;
    if (node.scrollWidth > node.clientWidth + 1) {
      out.push(`<${node.localName}${node.className ? '.' + String(node.className).split(' ').join('.') : ''}> ${node.scrollWidth}>${node.clientWidth}: "${node.textContent.trim().slice(0, 40)}"`);
    }
  });
  return out;
}

/** Block elements holding prose (text that wraps onto more lines) whose text box is narrower than `share` of the widget's width. */
export function narrowProse(el: Element, share = 0.85): string[] {
  const width = el.getBoundingClientRect().width;
  const out: string[] = [];
  walk(el.shadowRoot ?? el, (node) => {
    if (!(node instanceof HTMLElement) || !/^(p|h[1-6]|blockquote|figcaption|dd|dt)$/.test(node.localName)) return;
    if (!node.textContent?.trim() || node.closest('td, th, button, label') || !node.getClientRects().length) return;
    // Short labels that sit on one line lose nothing; prose is text that wraps.
    const range = document.createRange();
    range.selectNodeContents(node);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.bottom)));
    if (tops.size < 2) return;
    const style = getComputedStyle(node);
    const text = node.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (text < width * share) out.push(`<${node.localName}> ${Math.round((100 * text) / width)} %: "${node.textContent.trim().slice(0, 30)}"`);
  });
  return out;
}

/** Whether the page scrolls sideways; if it does, the innermost elements that stick out. */
export function scrollsSideways(el?: Element): false | string[] {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width + 1) return false;
  const out: string[] = [];
  if (el) {
    walk(el.shadowRoot ?? el, (node) => {
      if (!(node instanceof Element)) return;
      const r = node.getBoundingClientRect();
      if ((r.right > width + 1 || r.left < -1) && r.width > 0) out.push(`<${node.localName}> ${Math.round(r.left)}..${Math.round(r.right)}`);
    });
  }
  return out.slice(-3);
}

/** Puts the page at 320 px wide with its root font at 200 % (or back to normal). */
export async function largeText(on: boolean): Promise<void> {
  await setViewport(on ? {width: 320, height: 900} : {width: 800, height: 900});
  document.documentElement.style.fontSize = on ? '200%' : '';
}

/**
 * Printing opens the system's print dialog, and Firefox waits there until the
 * reader closes it (the file would hang): every widget that prints does so from
 * a frame it adds to the page (parts/print.ts), so each added frame's print()
 * does nothing. It runs before the print, which waits for a timer.
 */
let quietPrinting: MutationObserver | undefined;
function printQuietly(): void {
  quietPrinting ??= new MutationObserver((records) => {
    for (const node of records.flatMap((r) => [...r.addedNodes])) {
      if (node instanceof HTMLIFrameElement && node.contentWindow) node.contentWindow.print = () => {};
    }
  });
  quietPrinting.observe(document.body, {childList: true, subtree: true});
}

/** Renders a widget inside `<div lang=…>` with the attributes it needs. */
export async function renderWidget(tag: string, lang: string, attrs: Record<string, string> = {}): Promise<Widget> {
  printQuietly();
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [name, v] of Object.entries({...REQUIRED[tag], ...attrs})) el.setAttribute(name, v);
  // The appointment sheet also takes its printer as a property.
  (el as unknown as {printer?: unknown}).printer = () => {};
  wrapper.append(el);
  await rendered(el);
  await settleAll(el);
  return el;
}

/** Waits for the widget and every widget nested in it to finish updating, then for layout. */
export async function settleAll(el: Widget): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    const nested: Widget[] = [];
    walk(el, (n) => {
      if (n instanceof HTMLElement && 'updateComplete' in n) nested.push(n as Widget);
    });
    await Promise.all(nested.map((w) => w.updateComplete));
  }
  await nextFrames();
}

/** Every control a reader can press, in document order. */
export function controls(el: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  walk(el.shadowRoot ?? el, (node) => {
    if (!(node instanceof HTMLElement)) return;
    if (!node.matches('button, summary, input[type=checkbox], input[type=radio], [role=button], [role=tab], [aria-expanded]')) return;
    if (node.matches('[disabled], [hidden]') || node.closest('[inert]') || !node.checkVisibility({visibilityProperty: true})) return;
    out.push(node);
  });
  return out;
}

/** A short name for a control, for messages. */
export function nameOf(control: HTMLElement): string {
  const label =
    control.getAttribute('aria-label') ??
    (control instanceof HTMLInputElement ? control.labels?.[0]?.textContent : control.textContent) ??
    '';
  return `${control.localName} "${label.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
}
