/**
 * A hostile host page: global CSS that resets buttons, forces content-box,
 * shrinks the root font, stretches line height, justifies and hyphenates.
 * Widgets keep their layout and their 44 px minimum targets (the boxes are
 * measured), and their text is never justified or hyphenated by the browser
 * (words split at line ends make reading harder; only a word wider than its
 * line may break).
 */
import {expect} from '@open-wc/testing';
import {pageScrollsSideways, setViewport} from '../commands.js';
import {withWarnings} from '../helpers.js';
import {rendered, REQUIRED, widgets} from './widgets.js';

const HOSTILE_CSS = `
  html { font-size: 10px !important; }
  body { line-height: 4; letter-spacing: 2px; text-transform: uppercase; text-align: justify; hyphens: auto; -webkit-hyphens: auto; }
  * { box-sizing: content-box !important; }
  button { all: unset; }
  a { color: pink; font-size: 8px; }
  div, p, span, li { padding: 0; margin: 0; }
`;

describe('widgets on a hostile host page', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  after(() => style.remove());
  afterEach(() => setViewport({width: 1024, height: 768}));

  for (const {tag} of widgets) {
    it(`${tag} keeps 44 px targets, readable text and no sideways scroll at 320 px`, async () => {
      await setViewport({width: 320, height: 640});
      const el = document.createElement(tag);
      for (const [name, v] of Object.entries(REQUIRED[tag] ?? {})) el.setAttribute(name, v);
      document.body.append(el);
      await withWarnings(() => rendered(el));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input[type=checkbox], input[type=radio], summary, a.button')];
      for (const target of targets) {
        if (!target.checkVisibility()) continue;
        // A native checkbox or radio counts with its label (the whole row is the target).
        const box = (target.closest('label') ?? target).getBoundingClientRect();
        expect(box.height, `${tag} ${target.localName} "${target.textContent?.trim()}" height`).to.be.at.least(44);
        expect(box.width, `${tag} ${target.localName} "${target.textContent?.trim()}" width`).to.be.at.least(44);
      }
      const base = el.shadowRoot!.querySelector('.base');
      if (base) {
        expect(parseFloat(getComputedStyle(base).fontSize), 'font size floor').to.be.at.least(16);
        expect(getComputedStyle(base).textTransform).to.equal('none');
      }
      const text = [...el.shadowRoot!.querySelectorAll<HTMLElement>('p, li, h1, h2, h3, h4, h5, h6, a, button, label, summary, td, th, dd, dt, legend, figcaption')];
      expect(text.length, `${tag} has text`).to.be.greaterThan(0);
      for (const node of text) {
        const style = getComputedStyle(node) as CSSStyleDeclaration & {webkitHyphens?: string};
        const what = `${tag} <${node.localName}> "${node.textContent?.trim().slice(0, 30)}"`;
        expect(style.hyphens || style.webkitHyphens, `${what}: hyphens`).to.be.oneOf(['manual', 'none']);
        expect(style.textAlign, `${what}: text-align`).to.not.equal('justify');
      }
      expect(pageScrollsSideways(), 'no sideways scroll at 320 px').to.equal(false);
      el.remove();
    });
  }
});
