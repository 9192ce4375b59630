/**
 * The writing box (writing.ts) is not on the first paint of a journal
 * without `writing`; with `writing` the first render waits for it. This file
 * plays an offline reader (first) and a slow connection. The code is kept
 * for the page once loaded, so the order of the tests matters.
 */
import {expect, fixture, html} from '@open-wc/testing';
import './define.js';
import type {MsJournalPrompts} from './journal-prompts.js';
import {writingModule, writingSource} from './load-writing.js';
import {area, button, clean, shadow, typeInto} from './journal-prompts.fixture.js';
import {collectPageErrors} from '../../../test/helpers.js';

const realLoad = writingSource.load;

async function place(lang: string) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('ms-journal-prompts');
  el.writing = true;
  wrapper.append(el);
  return el as MsJournalPrompts;
}

describe('ms-journal-prompts while its writing box loads', () => {
  const errors = collectPageErrors();
  after(() => {
    writingSource.load = realLoad;
  });

  for (const [lang, line, another] of [
    ['en', 'This could not load. Check your connection and try again.', 'Another prompt'],
    ['fr', 'Cela n’a pas pu se charger. Vérifiez votre connexion et réessayez.', 'Autre piste'],
  ] as const) {
    it(`offline (${lang}): the prompts still work, and a calm line says the box could not load`, async () => {
      writingSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const el = await place(lang);
      await el.updateComplete;
      expect(area(el)).to.equal(null);
      expect(clean(shadow(el).querySelector('p[role="status"]'))).to.equal(line);
      const before = clean(shadow(el).querySelector('[part="prompt"] .text'));
      button(el, another)!.click();
      await el.updateComplete;
      expect(clean(shadow(el).querySelector('[part="prompt"] .text'))).to.not.equal(before);
      await expect(el).to.be.accessible();
      expect(writingModule()).to.equal(undefined);
      expect(errors).to.deep.equal([]);
    });
  }

  it('slow: nothing is drawn until the box is here, then the first render has it, and typing works', async () => {
    let arrive!: () => void;
    writingSource.load = () => new Promise((resolve) => (arrive = () => resolve(realLoad())));
    const el = await place('en');
    await new Promise((r) => setTimeout(r, 50));
    // No first render without the box (which would then jump in under the pointer).
    expect(shadow(el).querySelector('[part="base"]')).to.equal(null);
    arrive();
    await el.updateComplete;
    expect(area(el)).to.not.equal(null);
    expect(clean(shadow(el).querySelector('#privacy'))).to.contain('is not saved');
    const sheets = shadow(el).adoptedStyleSheets.length;
    await typeInto(el, 'Kept');
    // Its styles are added once, not again at every keystroke's render.
    expect(shadow(el).adoptedStyleSheets.length).to.equal(sheets);
    expect(area(el).value).to.equal('Kept');
    expect(button(el, 'Download my writing')).to.not.equal(undefined);
    // The box's styles came with it.
    expect(getComputedStyle(area(el)).display).to.equal('block');
    expect(errors).to.deep.equal([]);
  });
});
