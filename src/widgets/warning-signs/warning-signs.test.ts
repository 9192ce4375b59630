import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../../test/commands.js';
import './define.js';
import type {MsWarningSigns} from './warning-signs.js';
import {WARNING_SIGN_IDS, warningSigns} from '../../content/warning-signs.js';
import {forgetEverything} from '../../behaviors/storage.js';
import {shadowText} from '../../../test/helpers.js';
import {KEY, shadow, boxes, status, result, isShown, button, clickRow, tick} from './warning-signs.fixture.js';

describe('ms-warning-signs', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await setViewport({width: 1024, height: 768});
  });
  it('shows the six signs as real checkboxes in a fieldset with a legend', async () => {
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs></ms-warning-signs>`);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Warning signs to watch for');
    const fieldset = shadow(el).querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Signs I have noticed');
    const inputs = boxes(el);
    expect(inputs).to.have.length(6);
    expect(inputs.every((input) => fieldset.contains(input))).to.equal(true);
    expect(inputs.map((i) => i.value)).to.deep.equal([...WARNING_SIGN_IDS]);
    // Each checkbox is named by its label: the whole row.
    expect(inputs.map((i) => i.labels![0]!.textContent!.trim())).to.deep.equal(warningSigns().map((s) => s.text));
    expect(inputs[3]!.labels![0]!.textContent).to.contain('I can’t cry, even when I am upset.');
    for (const row of shadow(el).querySelectorAll('[part="sign"]')) {
      expect(row.getBoundingClientRect().height).to.be.at.least(44);
    }
    expect(el.checked).to.deep.equal([]);
  });

  it('toggles with the keyboard', async () => {
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs></ms-warning-signs>`);
    boxes(el)[0]!.focus();
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['hobbies']);
    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement).to.equal(boxes(el)[1]);
    // The focused row shows a focus ring.
    expect(getComputedStyle(shadow(el).querySelectorAll('[part="sign"]')[1]!).outlineStyle).to.equal('solid');
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['hobbies', 'withdrawal']);
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(el.checked).to.deep.equal(['hobbies']);
  });

  it('toggles when any part of the row is clicked', async () => {
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs></ms-warning-signs>`);
    await clickRow(el, 2);
    expect(el.checked).to.deep.equal(['indifference']);
    expect(boxes(el)[2]!.checked).to.equal(true);
    await clickRow(el, 5);
    await clickRow(el, 2);
    expect(el.checked).to.deep.equal(['existing']);
  });

  it('says politely how many are ticked, without scores or labels', async () => {
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs></ms-warning-signs>`);
    const region = shadow(el).querySelector('[part="status"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('You have not ticked any of the 6 signs yet.');
    await tick(el, 0);
    expect(status(el)).to.equal('You ticked 1 sign out of 6.');
    await tick(el, 3, 4);
    expect(status(el)).to.equal('You ticked 3 signs out of 6.');
    await tick(el, 1, 2, 5);
    expect(status(el)).to.equal('You ticked 6 signs out of 6.');
    expect(shadowText(el)).not.to.match(/severe|mild|moderate|score|%|risk level/i);
  });

  it('shows the result panel once a sign is ticked, and hides it again', async () => {
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs heading-level="3"></ms-warning-signs>`);
    expect(isShown(result(el))).to.equal(false);
    await tick(el, 1);
    expect(isShown(result(el))).to.equal(true);
    const text = result(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('emotional blunting').and.contain('part of depression in MS');
    expect(text).to.contain('This is not a diagnosis.');
    expect(text).to.contain('Name it without shame.');
    expect(text).to.contain('Talk to your neurologist, MS nurse or therapist.');
    expect(text).to.contain('Don’t just say “I’m fine”.');
    expect(text).to.contain('What has changed in how you react to things.');
    expect(text).to.contain('Whether your medicines might play a part.');
    expect(text).to.contain('If it began after a flare-up');
    // Its headings sit one level below the widget's title.
    expect([...result(el).querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal([
      'What this might mean',
      'What you can do next',
    ]);
    await tick(el, 1);
    expect(isShown(result(el))).to.equal(false);
  });

  it('always offers crisis help, also when nothing is ticked, in its own shadow DOM (no nested widget)', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en-GB"><ms-warning-signs></ms-warning-signs></div>`);
    const el = page.querySelector('ms-warning-signs')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('ms-crisis-help')).to.equal(null);
    const help = shadow(el).querySelector<HTMLElement>('[part="crisis"]')!;
    expect(help.querySelector('a')!.getAttribute('href')).to.equal('tel:999');
    expect(isShown(help)).to.equal(true);

    el.country = 'AU';
    await el.updateComplete;
    expect(help.querySelector('a')!.getAttribute('href')).to.equal('tel:000');
    expect(help.querySelector('select'), 'the host chose the country').to.equal(null);
  });

  it('stores nothing without persist: no localStorage, no cookies', async () => {
    const before = document.cookie;
    const writes: string[] = [];
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      return original.call(this, key, value);
    };
    try {
      const el = await fixture<MsWarningSigns>(html`<ms-warning-signs></ms-warning-signs>`);
      await tick(el, 0, 3);
      await clickRow(el, 5);
      await el.printSummary(() => {}).done;
      expect(el.checked).to.deep.equal(['hobbies', 'crying', 'existing']);
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(writes).to.deep.equal([]);
      expect(document.cookie).to.equal(before);
      expect(document.cookie).to.equal('');
      expect(button(el, 'Clear my answers')).to.equal(undefined);
      expect(shadow(el).querySelector('[part="privacy"]')!.textContent).to.contain('Your answers stay on this device.');
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('with persist, keeps answers across a reload and clears them', async () => {
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`);
    expect(shadow(el).querySelector('[part="privacy"]')!.textContent).to.contain('saved in this browser');
    await tick(el, 1, 4);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({v: 1, data: {list: 'article', checked: ['withdrawal', 'motions']}});

    const again = await fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`);
    expect(again.checked).to.deep.equal(['withdrawal', 'motions']);
    expect(boxes(again).map((b) => b.checked)).to.deep.equal([false, true, false, false, true, false]);
    expect(isShown(result(again))).to.equal(true);

    const clear = button(again, 'Clear my answers')!;
    setTimeout(() => clear.click());
    const {detail} = await oneEvent(again, 'ms-warning-signs-change');
    await again.updateComplete;
    expect(detail).to.deep.equal({checked: [], texts: [], count: 0, total: 6});
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(again.checked).to.deep.equal([]);
    expect(boxes(again).some((b) => b.checked)).to.equal(false);
    expect(status(again)).to.equal('Your answers have been cleared.');
    expect(isShown(result(again))).to.equal(false);

    const third = await fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`);
    expect(third.checked).to.deep.equal([]);
  });

  it('with persist, keeps which signs were ticked on which day, for up to a year', async () => {
    const HISTORY = 'ms-widgets:warning-signs-history';
    const history = () => JSON.parse(localStorage.getItem(HISTORY)!);
    localStorage.setItem(
      HISTORY,
      JSON.stringify({v: 1, data: {list: 'article', days: {'2025-03-14': ['hobbies'], '2024-01-01': ['crying']}}})
    );
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`);
    el.now = () => new Date(2025, 2, 15, 9);
    await tick(el, 3, 0);
    expect(history()).to.deep.equal({
      v: 1,
      data: {list: 'article', days: {'2025-03-14': ['hobbies'], '2025-03-15': ['hobbies', 'crying']}},
    });
    // Unticking everything on a day leaves no entry for that day.
    await tick(el, 3, 0);
    expect(history().data.days).to.deep.equal({'2025-03-14': ['hobbies']});
    await tick(el, 4);
    button(el, 'Clear my answers')!.click();
    await el.updateComplete;
    expect(localStorage.getItem(HISTORY)).to.equal(null);

    // A host's list keeps its own words, so the appointment sheet can name the signs.
    const host = await fixture<MsWarningSigns>(html`<ms-warning-signs persist><ul><li>Sleeping badly</li><li>Not eating</li></ul></ms-warning-signs>`);
    host.now = () => new Date(2025, 2, 16, 9);
    await tick(host, 1);
    expect(history().data).to.deep.include({labels: ['Sleeping badly', 'Not eating'], days: {'2025-03-16': ['host-2']}});

    // Nothing dated is kept without persist.
    localStorage.clear();
    const plain = await fixture<MsWarningSigns>(html`<ms-warning-signs></ms-warning-signs>`);
    await tick(plain, 2);
    expect(localStorage.length).to.equal(0);
  });

  it('unticks when the page deletes everything the library stored, so nothing is saved again', async () => {
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`);
    await tick(el, 1, 2);
    setTimeout(() => forgetEverything(el));
    const {detail} = await oneEvent(el, 'ms-warning-signs-change');
    await el.updateComplete;
    expect(detail).to.deep.equal({checked: [], texts: [], count: 0, total: 6});
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
    expect(localStorage.length).to.equal(0);
  });

});
