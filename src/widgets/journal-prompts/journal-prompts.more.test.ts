import {expect, fixture, html} from '@open-wc/testing';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import './define.js';
import type {MsJournalPrompts} from './journal-prompts.js';
import {registerLocale} from '../../core/localize.js';
import {expectAccessibleInAllThemes, withWarnings} from '../../../test/helpers.js';
import {KEY, PROMPTS, shadow, clean, button, another, promptText, area, focused, status, wait, next, typeInto} from './journal-prompts.fixture.js';

describe('ms-journal-prompts (more)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());
  it('deletes the writing of every prompt, from the page and the storage, and says so', async () => {
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing persist></ms-journal-prompts>`);
    await typeInto(el, 'One');
    await next(el);
    await typeInto(el, 'Two');
    area(el).blur();
    expect(localStorage.getItem(KEY)).not.to.equal(null);

    button(el, 'Delete my writing')!.click();
    await el.updateComplete;
    button(el, 'Yes, delete it')!.click();
    await el.updateComplete;
    expect(area(el).value).to.equal('');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(status(el)).to.equal('Your writing was deleted.');
    expect(focused(el)).to.equal(area(el));
    await next(el, 3);
    expect(area(el).value).to.equal('');

    // A pending save does not bring it back.
    await wait(800);
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('with persist, ignores corrupt saved writing with a warning and keeps working', async () => {
    const bad = ['{', JSON.stringify({v: 1, data: {p: 'joy', t: {joy: 5}}}), JSON.stringify({v: 1, data: {t: {}}}), JSON.stringify({v: 1, data: {p: 'joy', t: ['x']}})];
    for (const raw of bad) {
      localStorage.setItem(KEY, raw);
      const {result: el, warnings} = await withWarnings(() =>
        fixture<MsJournalPrompts>(html`<ms-journal-prompts writing persist></ms-journal-prompts>`)
      );
      expect(warnings.join('\n'), raw).to.contain('<ms-journal-prompts>');
      expect(promptText(el), raw).to.equal(PROMPTS[0]);
      expect(area(el).value, raw).to.equal('');
      await typeInto(el, 'ok');
      area(el).blur();
      expect(JSON.parse(localStorage.getItem(KEY)!).data, raw).to.deep.equal({p: 'feel', t: {feel: 'ok'}});
      el.remove();
    }
  });

  it('falls back to the first prompt when the saved prompt no longer exists', async () => {
    localStorage.setItem(KEY, JSON.stringify({v: 1, data: {p: 'gone', t: {joy: 'kept'}}}));
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing persist></ms-journal-prompts>`);
    expect(promptText(el)).to.equal(PROMPTS[0]);
    await next(el);
    expect(area(el).value).to.equal('kept');
  });

  it('tells the reader when the browser will not save, so they can download instead', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const {result: el, warnings} = await withWarnings(async () => {
        const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing persist></ms-journal-prompts>`);
        await typeInto(el, 'Words');
        area(el).blur();
        await el.updateComplete;
        return el;
      });
      expect(warnings.join('\n')).to.contain('<ms-journal-prompts>');
      expect(clean(shadow(el).getElementById('privacy'))).to.equal(
        'Your writing could not be saved in this browser. Download it to keep it.'
      );
      expect(area(el).value).to.equal('Words');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('keeps writing typed before persist was added', async () => {
    localStorage.setItem(KEY, JSON.stringify({v: 1, data: {p: 'feel', t: {joy: 'Old words'}}}));
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing></ms-journal-prompts>`);
    await typeInto(el, 'New words');
    el.persist = true;
    await el.updateComplete;
    expect(area(el).value).to.equal('New words');
    await next(el);
    expect(area(el).value).to.equal('Old words');
    area(el).blur();
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(JSON.parse(localStorage.getItem(KEY)!).data.t).to.deep.equal({feel: 'New words', joy: 'Old words'});
  });

  it('never lets a second copy on the page save over newer writing', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <ms-journal-prompts writing persist></ms-journal-prompts>
      <ms-journal-prompts persist></ms-journal-prompts>
    </div>`);
    const [writer, other] = [...wrapper.querySelectorAll('ms-journal-prompts')] as MsJournalPrompts[];
    await typeInto(writer!, 'Fresh words');
    area(writer!).blur();
    // The other copy only leaves; it changed nothing, so it saves nothing.
    other!.remove();
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(JSON.parse(localStorage.getItem(KEY)!).data.t).to.deep.equal({feel: 'Fresh words'});
  });

  it('warns about bad common attributes', async () => {
    const {result: el, warnings} = await withWarnings(() =>
      fixture<MsJournalPrompts>(html`<ms-journal-prompts heading-level="-1" theme="neon"></ms-journal-prompts>`)
    );
    expect(shadow(el).querySelector('h2')).to.exist;
    expect(warnings.some((w) => w.includes('<ms-journal-prompts>') && w.includes('"heading-level"="-1"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('<ms-journal-prompts>') && w.includes('"theme"="neon"'))).to.equal(true);
  });

  it('takes its language from the nearest lang', async () => {
    registerLocale('fr', async () => ({
      templates: {
        [generateMsgId('Another prompt', false)]: 'Une autre question',
        [generateMsgId('When did I last feel joy?', false)]: 'Quand ai-je ressenti de la joie pour la dernière fois ?',
      },
    }));
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><ms-journal-prompts writing></ms-journal-prompts></div>`);
    const el = wrapper.querySelector('ms-journal-prompts')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('fr');
    expect(clean(another(el))).to.equal('Une autre question');
    await next(el);
    expect(clean(area(el).labels[0])).to.equal('Quand ai-je ressenti de la joie pour la dernière fois ?');
  });

  it('has large targets', async () => {
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing></ms-journal-prompts>`);
    for (const b of shadow(el).querySelectorAll('button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('has no axe violations in light, dark and forced colors, writing and confirming', async function () {
    this.timeout(40000);
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing></ms-journal-prompts>`);
    await typeInto(el, 'Some words');
    await expectAccessibleInAllThemes(el);
    button(el, 'Delete my writing')!.click();
    await el.updateComplete;
    await expectAccessibleInAllThemes(el);
    const plain = await fixture<MsJournalPrompts>(html`<ms-journal-prompts></ms-journal-prompts>`);
    await expectAccessibleInAllThemes(plain);
  });
});
