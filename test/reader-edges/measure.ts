/**
 * Measurements for readers at the edges: words split across lines, text that
 * is clipped, boxes or text that stick out of the box around them, the page
 * scrolling sideways, and controls that move.
 * Everything walks the widget's shadow DOM, nested shadow roots and the
 * host's slotted light-DOM content, as a reader sees it.
 *
 * Both files run in Chromium, Firefox and WebKit, with no engine skipped
 * (3 December 2026: every test passes in each; the widgets at 320 px with
 * 200 % text, and again in a theme's 256 px column, a 320 px page with 1rem
 * gutters, where Italy's and the US crisis lines and a host line with a long
 * web address are tried too). The engines differ where a reader's browser
 * would: Firefox's scrollbar takes 12 px of the 320 px, so its widgets are
 * 292 px wide (304 in Chromium, whose headless scrollbars take no room).
 * The widgets never hyphenate (`hyphens: manual`, theme-styles.ts): words split
 * at line ends make reading harder. Words are measured with hyphenation off
 * all the same (see splitWords), so a widget that switched it on could not
 * hide a split behind Firefox's dictionaries: every engine holds the widgets
 * to one rule, a word may break only when it could not fit (see
 * SplitWord.unavoidable).
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
function words(text: string): {word: string; index: number; whole: [number, number]}[] {
  const out: {word: string; index: number; whole: [number, number]}[] = [];
  // No-break spaces join what they join (French « guillemets », 10 km): one unit that breaks as a whole or not at all.
  // A number may be wrapped in the marks that keep its order in right-to-left text (U+2066 to U+2069).
  for (const token of text.matchAll(/[\u2066-\u2069]?\+?\d[\d \u00a0\u202f-]*\d[\u2066-\u2069]?|[^ \t\n\r\f]+/gu)) {
    if (BREAKABLE.test(token[0])) continue;
    for (const part of token[0].matchAll(/[^\-‐–—/]+[\-‐–—/]*|[\-‐–—/]+/gu)) {
      out.push({word: part[0], index: token.index! + part.index!, whole: [token.index!, token.index! + token[0].length]});
    }
  }
  return out;
}

export interface SplitWord {
  word: string;
  lines: number;
  /** The word is wider than 85 % of the widget (the share every widget keeps for text), which no layout can keep whole. */
  tooLong: boolean;
  /**
   * The word could not be kept whole where it is: it is too long, or it is
   * wider than its lines and those take at least 70 % of the widget (a box
   * that sets its words narrower than that is the widget's own doing).
   */
  unavoidable: boolean;
  /** The word's width and the width of the lines it is set in (its block's content box), in px. */
  width: number;
  room: number;
  /** The block it is in, for messages. */
  where: string;
}

/** The nearest element that makes the lines a text is set in (inline boxes skipped). */
function blockOf(node: Node): Element | null {
  let a = drawnIn(node);
  while (a && /^(inline|contents)$/.test(getComputedStyle(a).display)) a = drawnIn(a);
  return a;
}

/**
 * The width of the lines inside an element: its content box, less the marker
 * of a list item whose marker sits in its first line (a summary's triangle),
 * which that line's first word cannot use.
 */
function lineRoom(el: Element): number {
  const style = getComputedStyle(el);
  const box = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  if (style.display !== 'list-item' || style.listStylePosition !== 'inside' || style.listStyleType === 'none') return box;
  const range = document.createRange();
  range.selectNodeContents(el);
  const first = [...range.getClientRects()].find((r) => r.width > 0.5);
  if (!first) return box;
  const r = el.getBoundingClientRect();
  const start = style.direction === 'rtl' ? r.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight) - first.right : first.left - r.left - parseFloat(style.borderLeftWidth) - parseFloat(style.paddingLeft);
  return box - Math.max(0, start);
}

/**
 * Words whose letters lie on more than one line (URLs and DOIs excepted).
 * `unavoidable` marks a word that no layout could keep whole where it is
 * (it breaks where it must, instead of sticking out).
 */
export function splitWords(el: Element): SplitWord[] {
  // Measured with hyphenation off (the widgets never hyphenate; this keeps
  // the rule the same in every engine, dictionaries or not): then a word on
  // two lines was cut.
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
  const widget = el.getBoundingClientRect().width;
  const share = widget * 0.85;
  walk(el.shadowRoot ?? el, (node) => {
    if (node.nodeType !== Node.TEXT_NODE) return;
    const text = node.textContent ?? '';
    for (const {word, index, whole} of words(text)) {
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
      const block = blockOf(node);
      const room = block ? lineRoom(block) : Infinity;
      // Engines differ on breaking after a hyphen (WebKit keeps "Yoga-Übungen." whole): the whole compound counts.
      const span = document.createRange();
      span.setStart(node, whole[0]);
      span.setEnd(node, whole[1]);
      const wholeWidth = [...span.getClientRects()].reduce((sum, r) => sum + r.width, 0);
      const unavoidable = width > share || (Math.max(width, wholeWidth) > room - 1 && room >= 0.7 * widget);
      out.push({word, lines: lines.length, tooLong: width > share, unavoidable, width: Math.round(width), room: Math.round(room), where: block ? describeEl(block) : ''});
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

/** The element a node is drawn inside: its slot if it is slotted, else its parent, or its shadow root's host. */
function drawnIn(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node.nodeType === Node.TEXT_NODE && (node as Text).assignedSlot) return (node as Text).assignedSlot;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
}

/** Whether a reader sees the element: not hidden, not a screen-reader-only text. */
function seen(el: Element, host: Element): boolean {
  for (let a: Element | null = el; a && a !== host; a = drawnIn(a)) {
    if (a.classList.contains('visually-hidden')) return false;
    const style = getComputedStyle(a);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    if (style.position === 'absolute' && style.clipPath !== 'none') return false;
  }
  return el.getClientRects().length > 0;
}

/**
 * The box a reader sees around a node: its nearest ancestor with a border or a
 * background, or that clips what it holds, or the widget itself.
 */
function boxAround(node: Node, host: Element): Element {
  for (let a = drawnIn(node); a; a = drawnIn(a)) {
    if (a === host) return host;
    if (a.localName === 'slot') continue;
    const style = getComputedStyle(a);
    const border = parseFloat(style.borderLeftWidth) > 0 || parseFloat(style.borderRightWidth) > 0;
    const filled = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
    if (border || filled || style.overflowX !== 'visible') return a;
  }
  return host;
}

/** The inside of a box's border, left and right. */
function inside(box: Element): {left: number; right: number} {
  const r = box.getBoundingClientRect();
  const style = getComputedStyle(box);
  return {left: r.left + parseFloat(style.borderLeftWidth), right: r.right - parseFloat(style.borderRightWidth)};
}

const describeEl = (el: Element) =>
  `<${el.localName}${typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : ''}>`;

/**
 * Boxes and text that stick out sideways of the box they are drawn in (the
 * nearest ancestor with a border, a background or clipping, or the widget):
 * a word too long for a button, a card wider than the column. In a column
 * narrower than the page nothing scrolls, so scrollsSideways() does not see it.
 * Inside drawings (SVG) only the drawing itself is measured.
 */
export function sticksOut(el: Element): string[] {
  const out = new Set<string>();
  const check = (what: string, rect: {left: number; right: number; width: number}, node: Node) => {
    if (rect.width < 0.5) return;
    const box = boxAround(node, el);
    const b = inside(box);
    if (rect.right > b.right + 1 || rect.left < b.left - 1) {
      out.add(`${what} ${Math.round(rect.left)}..${Math.round(rect.right)} out of ${describeEl(box)} ${Math.round(b.left)}..${Math.round(b.right)}`);
    }
  };
  walk(el.shadowRoot ?? el, (node) => {
    if (node instanceof Element) {
      if (node instanceof SVGElement && node.localName !== 'svg') return;
      if (/^(style|script|slot)$/.test(node.localName) || !seen(node, el)) return;
      // An empty box draws nothing a reader could miss (the pacer's growing fill); a control or a picture does.
      if (!node.textContent?.trim() && !node.matches('input, select, textarea, img, svg, button, video, iframe')) return;
      check(describeEl(node), node.getBoundingClientRect(), node);
    } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
      const parent = drawnIn(node);
      if (!parent || parent instanceof SVGElement || !seen(parent, el)) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) check(`"${node.textContent.trim().slice(0, 30)}"`, rect, node);
    }
  });
  return [...out];
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

/** Renders a widget inside `<div lang=…>` (styled `column`, if given) with the attributes it needs. */
export async function renderWidget(tag: string, lang: string, attrs: Record<string, string> = {}, column = ''): Promise<Widget> {
  printQuietly();
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style=${column}></div>`);
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
