/**
 * The list of widgets and their attributes, from custom-elements.json (so a
 * new widget is covered by the robustness tests without touching them).
 */
import '../../src/define-all.js';

export interface WidgetAttribute {
  name: string;
  type: string;
}
export interface WidgetInfo {
  tag: string;
  attributes: WidgetAttribute[];
}

interface Declaration {
  tagName?: string;
  attributes?: {name: string; type?: {text?: string}}[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as {modules: {declarations?: Declaration[]}[]};

export const widgets: WidgetInfo[] = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is Declaration & {tagName: string} => !!d.tagName)
  .map((d) => ({
    tag: d.tagName,
    attributes: (d.attributes ?? []).map((a) => ({name: a.name, type: a.type?.text ?? 'string'})),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

/** Attributes that need a value for the widget to show anything (e.g. a link target). */
export const REQUIRED: Record<string, Record<string, string>> = {
  'ms-support-link': {href: 'https://example.org/therapy'},
};

/** Whether an attribute only accepts a closed set of values (numbers, keywords), so junk must warn. */
export function isClosedType(type: string): boolean {
  const t = type.replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  return t === 'number' || /^(['"][^'"]*['"]\s*\|\s*)+['"][^'"]*['"]$/.test(t);
}

export async function rendered<T extends Element>(el: T): Promise<T> {
  await customElements.whenDefined(el.localName);
  await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  return el;
}

/** Visible text of the widget's shadow DOM, including nested widgets' shadow DOM. */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    if (node instanceof Element && node.localName === 'style') return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return text.replace(/\s+/g, ' ').trim();
}
