/**
 * Writing kept with `persist` is the reader's: a journal that shows no box
 * (`persist` without `writing`, such as the same journal placed on another
 * page) must never throw it away when the reader moves between prompts,
 * leaves the page or reloads. Run in English and French.
 */
import {expect, fixture, html} from '@open-wc/testing';
import './define.js';
import type {MsJournalPrompts} from './journal-prompts.js';
import {KEY, another, area, next, promptText, typeInto, wait} from './journal-prompts.fixture.js';

const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as {v: number; data: {p: string; t: Record<string, string>}} | null;

async function journal(lang: string, writing: boolean) {
  const wrapper = await fixture<HTMLElement>(
    writing
      ? html`<div lang=${lang}><ms-journal-prompts writing persist></ms-journal-prompts></div>`
      : html`<div lang=${lang}><ms-journal-prompts persist></ms-journal-prompts></div>`
  );
  const el = wrapper.querySelector('ms-journal-prompts') as MsJournalPrompts;
  await el.updateComplete;
  return el;
}

describe('ms-journal-prompts keeps stored writing where it shows no box', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  for (const lang of ['en', 'fr'] as const) {
    it(`"Another prompt" and leaving the page keep it (${lang})`, async () => {
      localStorage.setItem(KEY, JSON.stringify({v: 1, data: {p: 'joy', t: {joy: 'A walk in May', feel: 'Calm'}}}));
      const el = await journal(lang, false);
      const first = promptText(el);
      another(el).click();
      await el.updateComplete;
      expect(promptText(el)).to.not.equal(first);
      await next(el, 3);
      // Past the pause after which a change is saved, and the page is left.
      await wait(700);
      dispatchEvent(new PageTransitionEvent('pagehide'));
      el.remove();
      expect(saved()?.data.t).to.deep.equal({joy: 'A walk in May', feel: 'Calm'});

      // The same reader on a page with the box finds it again.
      const box = await journal(lang, true);
      expect(area(box).value).to.not.equal('');
      expect(['A walk in May', 'Calm']).to.include(area(box).value);
    });
  }

  it('what the reader wrote in a box is still there after a journal without one moved on', async () => {
    const withBox = await journal('en', true);
    await typeInto(withBox, 'My own words');
    area(withBox).blur();
    withBox.remove();
    const without = await journal('en', false);
    await next(without, 2);
    await wait(700);
    without.remove();
    expect(saved()?.data.t).to.deep.equal({feel: 'My own words'});
  });
});
