/**
 * XSS: hostile payloads in every attribute and in host-supplied light-DOM
 * content. None may execute (a global flag is the trap) and none may become a
 * live link, script, frame or event handler inside a widget.
 */
import {expect} from '@open-wc/testing';
import {withWarnings} from '../helpers.js';
import {rendered, REQUIRED, widgets} from './widgets.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=2">',
  "'><svg onload=window.__xss=3>",
  'javascript:window.__xss=4',
  ' JaVaScRiPt:window.__xss=5',
  'java\tscript:window.__xss=6',
  'data:text/html,<script>window.__xss=7</script>',
  '<svg><a xlink:href="javascript:window.__xss=8"><text>x</text></a></svg>',
  '{{constructor.constructor("window.__xss=9")()}}',
  '${window.__xss=10}',
  '<iframe srcdoc="<script>parent.__xss=11</script>">',
  '<a href="javascript:window.__xss=12">click</a>',
];

/** Light-DOM content shapes the widgets read: lists, tables, quotes. */
function hostContent(payload: string): Node[] {
  const doc = document;
  // Markup-looking text and a javascript: link, built with DOM calls so that
  // nothing runs in the test page itself; the widget must only read text.
  const link = doc.createElement('a');
  link.href = 'javascript:window.__xss=13';
  link.textContent = payload;
  const list = doc.createElement('ul');
  const li = doc.createElement('li');
  li.append(payload, link);
  list.append(li);
  const table = doc.createElement('table');
  const row = table.insertRow();
  row.insertCell().textContent = payload;
  row.insertCell().append(link.cloneNode(true));
  const quote = doc.createElement('blockquote');
  quote.textContent = payload;
  return [list, table, quote];
}

function dangerousNodes(root: ShadowRoot): string[] {
  const found: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (['script', 'iframe', 'object', 'embed'].includes(el.localName)) found.push(el.localName);
      for (const attr of el.getAttributeNames()) {
        if (attr.startsWith('on')) found.push(`${el.localName}[${attr}]`);
      }
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? el.getAttribute('src') ?? '';
      if (/^\s*(javascript|data|vbscript):/i.test(href.replace(/[\t\n\r]/g, ''))) found.push(`${el.localName}[href=${href}]`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

for (const {tag, attributes} of widgets) {
  it(`${tag}: no payload runs or becomes live`, async function () {
    this.timeout(30000);
    window.__xss = 0;
    await withWarnings(async () => {
      for (const payload of PAYLOADS) {
        const el = document.createElement(tag);
        for (const [name, v] of Object.entries(REQUIRED[tag] ?? {})) el.setAttribute(name, v);
        for (const {name} of attributes) {
          if (name === 'lang' || name === 'dir') continue;
          el.setAttribute(name, payload);
        }
        el.append(...hostContent(payload));
        document.body.append(el);
        await rendered(el);
        // Press every link and button the widget shows (not print: it opens a dialog).
        for (const target of el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button')) {
          if (/print/i.test(target.textContent ?? '')) continue;
          if (target instanceof HTMLAnchorElement) target.addEventListener('click', (e) => e.preventDefault(), {once: true});
          target.click();
        }
        await rendered(el);
        await new Promise((r) => setTimeout(r, 20));
        expect(dangerousNodes(el.shadowRoot!), payload).to.deep.equal([]);
        el.remove();
      }
    });
    expect(window.__xss, 'a payload ran').to.equal(0);
  });
}
