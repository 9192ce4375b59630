/**
 * Issue 18 split the shared styles: the theme (every widget), `panelStyles`
 * (`.panel`, `.visually-hidden`, `.breakable`) and `controlStyles` (which
 * includes the panels). A widget that shows one of these classes must carry
 * the styles for it, or a reader sees screen-reader text, or a safety note
 * loses its box. This renders every widget and checks what the classes do.
 */
import {expect, fixture} from '@open-wc/testing';
import {widgets, REQUIRED, rendered} from '../../test/robustness/widgets.js';

function elementsIn(root: ShadowRoot, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const child of root.querySelectorAll('*')) {
    if (child.shadowRoot) found.push(...elementsIn(child.shadowRoot, selector));
  }
  return found;
}

describe('shared style classes are styled in every widget that shows them', () => {
  for (const {tag} of widgets) {
    it(`<${tag}>`, async () => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(REQUIRED[tag] ?? {})) el.setAttribute(name, value);
      await rendered(await fixture(el));
      const root = el.shadowRoot!;
      for (const panel of elementsIn(root, '.panel')) {
        const style = getComputedStyle(panel);
        expect(style.borderTopStyle, `${tag} .panel border`).to.equal('solid');
        expect(style.backgroundColor, `${tag} .panel background`).to.not.equal('rgba(0, 0, 0, 0)');
      }
      for (const hidden of elementsIn(root, '.visually-hidden')) {
        const style = getComputedStyle(hidden);
        expect(style.position, `${tag} .visually-hidden`).to.equal('absolute');
        expect(hidden.getBoundingClientRect().width, `${tag} .visually-hidden width`).to.be.at.most(1);
      }
      for (const address of elementsIn(root, '.breakable')) {
        expect(getComputedStyle(address).overflowWrap, `${tag} .breakable`).to.equal('anywhere');
      }
    });
  }
});
