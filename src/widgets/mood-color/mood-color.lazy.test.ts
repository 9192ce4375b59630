/**
 * The storage code (behaviors/stored-state.ts) is not on the first paint: it
 * is fetched only with `persist`. These tests play a slow connection (the
 * reader picks while it is on its way) and an offline one, in two languages.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import './define.js';
import {MsMoodColor} from './mood-color.js';
import {storageSource} from '../../behaviors/persisted-state.js';
import {shadowText, withWarnings, collectPageErrors} from '../../../test/helpers.js';
import {KEY, NOW, radio, dayTexts, stored, seed, settle} from './mood-color.fixture.js';

const realLoad = storageSource.load;
const realDiary = MsMoodColor.loadDiary;

async function make(lang: string, persist = false) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('ms-mood-color');
  el.now = NOW;
  el.persist = persist;
  wrapper.append(el);
  await settle(el);
  return el as MsMoodColor;
}

describe('ms-mood-color while its storage code loads', () => {
  const errors = collectPageErrors();
  afterEach(() => {
    storageSource.load = realLoad;
    MsMoodColor.loadDiary = realDiary;
    localStorage.clear();
  });

  for (const [lang, kept] of [
    ['en', 'Your colours are kept only in this browser, on this device.'],
    ['fr', 'Vos couleurs sont gardées uniquement dans ce navigateur'],
  ] as const) {
    it(`slow (${lang}): the colour picked while it loads wins over the saved one, and the saved days come back`, async () => {
      seed({'2025-03-14': {c: 'pink'}, '2025-03-15': {c: 'yellow', w: 'saved'}});
      let arrive!: () => void;
      storageSource.code = undefined;
      storageSource.load = () => new Promise((resolve) => (arrive = () => resolve(realLoad())));
      const el = await make(lang);
      radio(el, 'blue').click();
      el.persist = true;
      radio(el, 'green').click();
      // The diary's code (mood-storage.ts) is here; the storage code is still on its way.
      await waitUntil(() => arrive, 'the storage code is asked for');
      await new Promise((r) => setTimeout(r, 50));
      // Nothing is stored or redrawn under the pointer yet; the reader's choice is on screen.
      expect(stored().data['2025-03-15']).to.deep.equal({c: 'yellow', w: 'saved'});
      expect(radio(el, 'green').checked).to.equal(true);
      arrive();
      await settle(el);
      expect(el.color).to.equal('green');
      expect(radio(el, 'green').checked).to.equal(true);
      expect(stored().data).to.deep.equal({'2025-03-14': {c: 'pink'}, '2025-03-15': {c: 'green'}});
      expect(dayTexts(el)).to.have.length(2);
      expect(shadowText(el)).to.contain(kept);
      expect(errors).to.deep.equal([]);
    });

    it(`offline (${lang}): with persist the colours work in memory, with a calm line and one warning`, async () => {
      const failed = lang === 'en' ? 'This browser did not let us save your colours.' : 'Ce navigateur n’a pas permis d’enregistrer vos couleurs.';
      storageSource.code = undefined;
      storageSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const {result: el, warnings} = await withWarnings(async () => {
        const el = await make(lang, true);
        radio(el, 'purple').click();
        await settle(el);
        return el;
      });
      expect(warnings.filter((w) => w.includes('<ms-mood-color>'))).to.have.length(1);
      expect(el.color).to.equal('purple');
      expect(radio(el, 'purple').checked).to.equal(true);
      expect(shadowText(el)).to.contain(failed);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(errors).to.deep.equal([]);
    });

    it(`offline before the diary's own code (${lang}): the colour and word stay, with a calm line and one warning`, async () => {
      const failed = lang === 'en' ? 'This browser did not let us save your colours.' : 'Ce navigateur n’a pas permis d’enregistrer vos couleurs.';
      seed({'2025-03-15': {c: 'yellow'}});
      MsMoodColor.loadDiary = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const {result: el, warnings} = await withWarnings(async () => {
        const el = await make(lang);
        radio(el, 'pink').click();
        el.persist = true;
        await settle(el);
        radio(el, 'charcoal').click();
        await settle(el);
        return el;
      });
      expect(warnings.filter((w) => w.includes('<ms-mood-color>'))).to.have.length(1);
      expect(el.color).to.equal('charcoal');
      expect(radio(el, 'charcoal').checked).to.equal(true);
      expect(shadowText(el)).to.contain(failed);
      expect(el.shadowRoot!.querySelector('li.day')).to.equal(null);
      // What was saved before is left as it was.
      expect(stored().data).to.deep.equal({'2025-03-15': {c: 'yellow'}});
      expect(errors).to.deep.equal([]);
    });
  }
});
