/**
 * The ticks' storage code (behaviors/ticks-store.ts) loads only with
 * `persist`. This file plays an offline reader (the ticks still work, in
 * memory, with one warning) and a slow line (nothing is drawn until it is
 * here; then the saved ticks are shown at once).
 */
import {expect, fixture, html} from '@open-wc/testing';
import './define.js';
import type {MsIdeaDeck} from './idea-deck.js';
import {ticksStoreSource} from '../../behaviors/ticks.js';
import {withWarnings} from '../../../test/helpers.js';

const realLoad = ticksStoreSource.load;
const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.card input[type="checkbox"]')];

describe('ms-idea-deck while its ticks storage loads', () => {
  afterEach(() => {
    ticksStoreSource.load = realLoad;
    delete ticksStoreSource.code;
    localStorage.clear();
  });

  for (const lang of ['en', 'fr']) {
    it(`offline (${lang}): one warning, the ticks still work, and no Clear button`, async () => {
      ticksStoreSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const {result: el, warnings} = await withWarnings(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><ms-idea-deck persist></ms-idea-deck></div>`);
        const deck = wrapper.querySelector('ms-idea-deck') as MsIdeaDeck;
        await deck.updateComplete;
        return deck;
      });
      expect(warnings.filter((w) => w.includes('<ms-idea-deck>') && w.includes('storage'))).to.have.length(1);
      boxes(el)[0]!.click();
      await el.updateComplete;
      expect(boxes(el)[0]!.checked).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="clear-button"]')).to.equal(null);
      expect(localStorage.length).to.equal(0);
    });
  }

  it('slow: nothing is drawn until it is here, then the saved ticks show at once', async () => {
    localStorage.setItem('ms-widgets:idea-deck:grounding', JSON.stringify({v: 1, data: ['1']}));
    let arrive!: () => void;
    ticksStoreSource.load = () => new Promise((resolve) => (arrive = () => resolve(realLoad())));
    const el = document.createElement('ms-idea-deck') as MsIdeaDeck;
    el.persist = true;
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    arrive();
    await el.updateComplete;
    expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true, false, false, false]);
    expect(el.shadowRoot!.querySelector('[part="clear-button"]')).to.not.equal(null);
  });
});
