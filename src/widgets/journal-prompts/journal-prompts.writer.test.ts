/**
 * The journal's writer (writer.ts: the writing, its storage and the code that
 * saves a download) is not on the first paint of a journal without
 * `writing`. This file tests what a reader gets when it cannot be loaded
 * (offline) with only `persist`, and what `download()` does without
 * `writing`, offline and then online. The writer is cached for the page once
 * loaded, so the order of the tests matters: the offline ones come first.
 */
import {expect, fixture, html} from '@open-wc/testing';
import './define.js';
import type {MsJournalPrompts} from './journal-prompts.js';
import {writingModule, writingSource} from './load-writing.js';
import {withWarnings, collectPageErrors} from '../../../test/helpers.js';
import {KEY, PROMPTS, another, captureDownloads, promptText, wait} from './journal-prompts.fixture.js';

const realLoad = writingSource.load;

async function make(lang: string, attrs: 'persist' | 'plain') {
  const wrapper = await fixture<HTMLElement>(
    attrs === 'persist'
      ? html`<div lang=${lang}><ms-journal-prompts persist></ms-journal-prompts></div>`
      : html`<div lang=${lang}><ms-journal-prompts></ms-journal-prompts></div>`
  );
  const el = wrapper.querySelector('ms-journal-prompts') as MsJournalPrompts;
  await el.updateComplete;
  return el;
}

describe('ms-journal-prompts when its writer code is not here', () => {
  const errors = collectPageErrors();
  afterEach(() => localStorage.removeItem(KEY));
  after(() => {
    writingSource.load = realLoad;
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`offline with persist (${lang}): the prompts still work, one warning names the element, nothing is stored`, async () => {
      writingSource.load = () => Promise.reject(new Error('offline'));
      const {result: el, warnings} = await withWarnings(async () => {
        const el = await make(lang, 'persist');
        const first = promptText(el);
        another(el).click();
        await el.updateComplete;
        expect(promptText(el)).to.not.equal(first);
        return el;
      });
      expect(promptText(el)).to.not.equal('');
      if (lang === 'en') expect(PROMPTS).to.include(promptText(el));
      else expect(PROMPTS).to.not.include(promptText(el));
      const mine = warnings.filter((w) => w.includes('<ms-journal-prompts>'));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('writing code');
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(writingModule()).to.equal(undefined);
      expect(errors).to.deep.equal([]);
    });
  }

  it('offline, download() without writing still returns the file at once, saves nothing and warns once', async () => {
    writingSource.load = () => Promise.reject(new Error('offline'));
    const downloads = captureDownloads();
    try {
      const {result, warnings} = await withWarnings(async () => {
        const el = await make('en', 'plain');
        const blob = el.download();
        await wait(50);
        return {blob, text: await blob.text()};
      });
      expect(result.blob).to.be.instanceOf(Blob);
      expect(result.text).to.contain(PROMPTS[0]);
      expect(result.text).to.not.match(/undefined|NaN/);
      expect(downloads.names).to.deep.equal([]);
      expect(warnings.filter((w) => w.includes('<ms-journal-prompts>'))).to.have.length(1);
    } finally {
      downloads.restore();
    }
    expect(errors).to.deep.equal([]);
  });

  it('online, download() without writing returns the file at once and saves it when the code has arrived', async () => {
    writingSource.load = realLoad;
    const downloads = captureDownloads();
    try {
      const {result: blob, warnings} = await withWarnings(async () => {
        const el = await make('en', 'plain');
        const blob = el.download();
        expect(downloads.names).to.deep.equal([]);
        for (let i = 0; i < 100 && !downloads.names.length; i++) await wait(20);
        return blob;
      });
      expect(downloads.names).to.deep.equal(['my-journal.txt']);
      expect(await blob.text()).to.contain(PROMPTS[0]);
      expect(warnings).to.deep.equal([]);
    } finally {
      downloads.restore();
    }
    expect(errors).to.deep.equal([]);
  });
});
