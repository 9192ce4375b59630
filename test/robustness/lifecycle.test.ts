/**
 * Lifecycle: connect, disconnect, reconnect, move between parents, shadow
 * roots and documents, and change attributes while disconnected: the rendered
 * result is right each time. Also checks a widget removed from the page
 * leaves no observers or timers that keep re-rendering it.
 */
import {expect} from '@open-wc/testing';
import {withWarnings} from '../helpers.js';
import {deepText, rendered, REQUIRED, widgets} from './widgets.js';

function make(tag: string, attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, v] of Object.entries({...REQUIRED[tag], ...attrs})) el.setAttribute(name, v);
  return el;
}

async function textOf(tag: string, attrs: Record<string, string> = {}): Promise<string> {
  const el = make(tag, attrs);
  document.body.append(el);
  await rendered(el);
  const text = deepText(el);
  el.remove();
  return text;
}

/**
 * Whether this browser keeps a custom element's class when the element is
 * adopted into another window's document. Firefox 140.12 ESR does not: the
 * very object becomes a plain HTMLElement of that window (its methods and
 * state are gone, for good, even after it comes back), which no widget code
 * can undo. Chromium and WebKit keep it, as the DOM standard says.
 */
let keepsClass: boolean | undefined;
function adoptionKeepsClass(): boolean {
  if (keepsClass !== undefined) return keepsClass;
  class Probe extends HTMLElement {}
  customElements.define('ms-test-adoption-probe', Probe);
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const probe = document.createElement('ms-test-adoption-probe');
  frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(probe));
  keepsClass = probe instanceof Probe;
  frame.remove();
  return keepsClass;
}

for (const {tag} of widgets) {
  describe(`${tag} lifecycle`, () => {
    afterEach(() => localStorage.clear());

    it('renders the same after disconnect, reconnect and moves', async () => {
      const expected = await textOf(tag);
      const el = make(tag);
      const a = document.createElement('div');
      const b = document.createElement('section');
      document.body.append(a, b);
      a.append(el);
      await rendered(el);
      expect(deepText(el), 'first connect').to.equal(expected);
      el.remove();
      a.append(el);
      await rendered(el);
      expect(deepText(el), 'reconnect').to.equal(expected);
      b.append(el);
      await rendered(el);
      expect(deepText(el), 'moved to another parent').to.equal(expected);

      const shadowHost = document.createElement('div');
      document.body.append(shadowHost);
      const root = shadowHost.attachShadow({mode: 'open'});
      root.append(el);
      await rendered(el);
      expect(deepText(el), 'moved into a shadow root').to.equal(expected);
      a.remove();
      b.remove();
      shadowHost.remove();
    });

    it('follows attribute changes made while disconnected', async () => {
      const expected = await textOf(tag, {'heading-level': '3', lang: 'en'});
      const el = make(tag);
      document.body.append(el);
      await rendered(el);
      el.remove();
      el.setAttribute('heading-level', '3');
      el.setAttribute('lang', 'en');
      document.body.append(el);
      await rendered(el);
      expect(deepText(el)).to.equal(expected);
      el.remove();
    });

    it('survives a move into another document and back', async function () {
      if (!adoptionKeepsClass()) {
        console.log(`[lifecycle] ${tag}: not tried, this browser drops a custom element's class when it is adopted into another window's document`);
        this.skip();
      }
      const expected = await textOf(tag);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const el = make(tag);
      document.body.append(el);
      await rendered(el);
      await withWarnings(async () => {
        frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
        await new Promise((r) => setTimeout(r, 20));
        document.body.append(document.adoptNode(el));
        await rendered(el);
      });
      expect(deepText(el)).to.equal(expected);
      el.remove();
      frame.remove();
    });

    it('stops updating once removed (no observers left behind)', async () => {
      const el = make(tag);
      document.body.append(el);
      await rendered(el);
      el.remove();
      let updates = 0;
      const original = (el as unknown as {performUpdate: () => void}).performUpdate;
      (el as unknown as {performUpdate: () => void}).performUpdate = function (this: unknown) {
        updates++;
        return original.call(this);
      };
      // Changes on the page that connected widgets react to.
      document.documentElement.setAttribute('lang', 'fr');
      document.documentElement.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r, 100));
      expect(updates).to.equal(0);
    });
  });
}
