/**
 * The delete confirmation (delete-confirm.ts) is not on the journal's first
 * paint: it loads after it, or at the first press of "Delete my writing".
 * This file tests the reader's path when it cannot be loaded (offline) and
 * then can. The code is cached for the page once loaded, so the order of
 * the tests matters.
 */
import {expect, fixture, html} from '@open-wc/testing';
import './define.js';
import type {MsJournalPrompts} from './journal-prompts.js';
import {deleteModule, deleteSource} from './load-delete.js';
import {area, button, focused, shadow, status, typeInto} from './journal-prompts.fixture.js';
import {collectPageErrors} from '../../../test/helpers.js';

const realLoad = deleteSource.load;
const question = (el: Element) => shadow(el).querySelector('[part="confirm"]');

async function make(lang: string) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><ms-journal-prompts writing></ms-journal-prompts></div>`);
  const el = wrapper.querySelector('ms-journal-prompts') as MsJournalPrompts;
  await el.updateComplete;
  return el;
}

describe('ms-journal-prompts before its delete confirmation has loaded', () => {
  const errors = collectPageErrors();
  after(() => {
    deleteSource.load = realLoad;
  });

  for (const [lang, text, deleteLabel] of [
    ['en', 'This could not load. Check your connection and try again.', 'Delete my writing'],
    ['fr', 'Cela n’a pas pu se charger. Vérifiez votre connexion et réessayez.', 'Supprimer mon texte'],
  ] as const) {
    it(`offline (${lang}): pressing Delete says so in the reader's language, deletes nothing and keeps the button`, async () => {
      deleteSource.load = () => Promise.reject(new Error('offline'));
      const el = await make(lang);
      await typeInto(el, 'Still here');
      button(el, deleteLabel)!.click();
      await el.updateComplete;
      expect(status(el)).to.equal(text);
      expect(question(el)).to.equal(null);
      expect(area(el).value).to.equal('Still here');
      expect(button(el, deleteLabel)).to.not.equal(undefined);
      expect(deleteModule()).to.equal(undefined);
      expect(errors).to.deep.equal([]);
    });
  }

  it('once it can load, the same press asks first, with the focus on the safe choice', async () => {
    deleteSource.load = realLoad;
    const el = await make('en');
    await typeInto(el, 'Still here');
    button(el, 'Delete my writing')!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(question(el)).to.not.equal(null);
    expect(focused(el)).to.equal(button(el, 'No, keep it'));
    // Its styles came with it: the box has the warning border.
    expect(getComputedStyle(question(el)!).borderInlineStartWidth).to.not.equal(getComputedStyle(question(el)!).borderTopWidth);
    button(el, 'Yes, delete it')!.click();
    await el.updateComplete;
    expect(area(el).value).to.equal('');
    expect(status(el)).to.equal('Your writing was deleted.');
    expect(errors).to.deep.equal([]);
  });
});
