import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '../../../test/commands.js';
import './define.js';
import {forgetEverything} from '../../behaviors/storage.js';
import {shadowText} from '../../../test/helpers.js';
import {KEY, NOW, shadow, radios, radio, word, days, dayTexts, button, stored, seed, short, long, settle, mood, type} from './mood-color.fixture.js';

describe('ms-mood-color', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());
  it('offers ten named colours, three of them greys, as a radio group with a legend', async () => {
    const el = await mood();
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('What colour is your mood today?');
    const fieldset = shadow(el).querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.equal('Pick a colour for today');
    const names = [...fieldset.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(names).to.deep.equal([
      'Sunny yellow',
      'Warm orange',
      'Fiery red',
      'Soft pink',
      'Deep purple',
      'Calm blue',
      'Fresh green',
      'Light grey',
      'Grey',
      'Charcoal',
    ]);
    // Every radio is named by its visible text (colour is never the only cue).
    for (const r of radios(el)) {
      expect(r.closest('label')!.textContent!.trim()).to.have.length.greaterThan(2);
      expect(r.name).to.equal('color');
    }
    expect(shadowText(el)).to.contain('Grey is fine too');
    expect(word(el).maxLength).to.equal(40);
    expect(shadow(el).querySelector('label[for="word"]')!.textContent).to.contain('One word for today');
    expect(el.color).to.equal(null);
  });

  it('gives every choice a large target and a visible swatch border', async () => {
    const el = await mood();
    for (const label of shadow(el).querySelectorAll('label.option')) {
      expect(label.getBoundingClientRect().height).to.be.at.least(44);
    }
    const swatch = shadow(el).querySelector<HTMLElement>('.swatch')!;
    expect(getComputedStyle(swatch).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(245, 197, 24)');
  });

  it('can be used with the keyboard only: Tab, arrow keys, Space and typing', async () => {
    const el = await mood();
    const events: {date: string; color: string | null}[] = [];
    el.addEventListener('ms-mood-change', (e) => events.push((e as CustomEvent).detail));

    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement === radio(el, 'yellow'), 'focus').to.equal(true);
    await sendKeys({press: 'Space'});
    expect(radio(el, 'yellow').checked).to.equal(true);
    await sendKeys({press: 'ArrowDown'});
    await sendKeys({press: 'ArrowRight'});
    expect(shadow(el).activeElement === radio(el, 'red'), 'focus').to.equal(true);
    expect(radio(el, 'red').checked).to.equal(true);
    await sendKeys({press: 'ArrowUp'});
    expect(el.color).to.equal('orange');

    // Tab leaves the group and reaches the word box.
    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement === word(el), 'focus').to.equal(true);
    await type('flat');
    expect(el.word).to.equal('flat');

    expect(events.map((e) => e.color)).to.deep.equal(['yellow', 'orange', 'red', 'orange']);
    expect(events[0]).to.deep.equal({date: '2025-03-15', color: 'yellow'});
    // The free text is never part of an event.
    expect(JSON.stringify(events)).not.to.contain('flat');
  });

  it('fires a bubbling, composed ms-mood-change event', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><ms-mood-color .now=${NOW}></ms-mood-color></div>`);
    const el = wrapper.querySelector('ms-mood-color')!;
    setTimeout(() => radio(el, 'grey').click());
    const event = (await oneEvent(wrapper, 'ms-mood-change')) as CustomEvent;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({date: '2025-03-15', color: 'grey'});
  });

  it('stores nothing without persist and shows only today', async () => {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    seed({'2025-03-14': {c: 'blue'}});
    Storage.prototype.setItem = function (...args: [string, string]) {
      writes++;
      return setItem.apply(this, args);
    };
    try {
      const el = await mood();
      radio(el, 'charcoal').click();
      word(el).focus();
      await type('tired');
      await el.updateComplete;
      expect(writes).to.equal(0);
      expect(stored().data).to.deep.equal({'2025-03-14': {c: 'blue'}});
      expect(shadow(el).querySelector('ol')).to.equal(null);
      expect(shadowText(el)).not.to.contain('last 30 days');
      expect(shadowText(el)).to.contain('Nothing is saved');
      expect(el.color).to.equal('charcoal');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('with persist keeps a private diary and shows the last 30 days as named squares', async () => {
    seed({
      '2024-03-14': {c: 'blue'}, // more than a year ago: dropped when saving
      '2024-03-15': {c: 'pink'}, // a year ago: kept for the appointment summary, not shown
      '2025-02-13': {c: 'red'}, // 30 days before today: too old to show
      '2025-02-14': {c: 'green', w: 'calm'}, // 29 days before: the oldest shown
      '2025-03-10': {c: 'light-grey'},
      '2025-03-12': {w: 'nothing'},
      '2025-03-14': {c: 'mauve'}, // an unknown colour is shown as no colour
    });
    const el = await mood('persist');
    expect(shadow(el).querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Your last 30 days');
    expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(dayTexts(el)).to.deep.equal([
      `${short(2, 14)} Fresh green calm Delete Delete ${long(2, 14)}`,
      `${short(3, 10)} Light grey Delete Delete ${long(3, 10)}`,
      `${short(3, 12)} No colour nothing Delete Delete ${long(3, 12)}`,
      `${short(3, 14)} No colour Delete Delete ${long(3, 14)}`,
    ]);
    expect(getComputedStyle(days(el)[0]!.querySelector('q')!, '::before').content).to.equal('open-quote');
    const swatch = days(el)[1]!.querySelector<HTMLElement>('.swatch')!;
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(211, 211, 211)');
    expect(shadowText(el)).to.contain('kept only in this browser');

    radio(el, 'grey').click();
    word(el).focus();
    await type('meh');
    await el.updateComplete;
    expect(stored().v).to.equal(1);
    expect(stored().data['2025-03-15']).to.deep.equal({c: 'grey', w: 'meh'});
    // Saving keeps a year of days (for the appointment summary) and drops older ones.
    expect(stored().data['2025-02-13']).to.deep.equal({c: 'red'});
    expect(stored().data['2024-03-15']).to.deep.equal({c: 'pink'});
    expect(stored().data['2024-03-14']).to.equal(undefined);
    expect(shadowText(el)).to.contain('Older days are kept for up to a year');
    expect(dayTexts(el).at(-1)).to.contain('Grey meh');

    // A new widget (a later visit) shows today's choice again.
    const again = await mood('persist');
    expect(radio(again, 'grey').checked).to.equal(true);
    expect(word(again).value).to.equal('meh');
  });

  it('forgets its days when the page deletes everything the library stored, so nothing is saved again', async () => {
    seed({'2025-03-14': {c: 'blue'}, '2025-03-15': {c: 'grey', w: 'meh'}});
    const el = await mood('persist');
    expect(days(el)).to.have.length(2);
    setTimeout(() => forgetEverything(el));
    const {detail} = await oneEvent(el, 'ms-mood-change');
    expect(detail).to.deep.equal({date: '2025-03-15', color: null});
    await el.updateComplete;
    expect(days(el)).to.have.length(0);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    radio(el, 'green').click();
    await el.updateComplete;
    expect(stored().data).to.deep.equal({'2025-03-15': {c: 'green'}});
  });

  it('uses the date the reader is in: a new day starts empty', async () => {
    seed({'2025-03-15': {c: 'blue'}});
    const el = await mood('persist');
    expect(el.color).to.equal('blue');
    el.now = () => new Date(2025, 2, 16, 0, 5);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.color).to.equal(null);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(dayTexts(el)).to.have.length(1);
  });

  it('deletes one day after an in-page confirmation; Escape keeps it', async () => {
    seed({'2025-03-14': {c: 'blue'}, '2025-03-15': {c: 'grey', w: 'blank'}});
    const el = await mood('persist');
    const events: unknown[] = [];
    el.addEventListener('ms-mood-change', (e) => events.push((e as CustomEvent).detail));
    const deleteYesterday = days(el)[0]!.querySelector('button')!;
    expect(deleteYesterday.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Delete Delete ${long(3, 14)}`);

    deleteYesterday.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    const confirm = shadow(el).querySelector<HTMLElement>('[part="confirm"]')!;
    expect(confirm.getAttribute('role')).to.equal('group');
    // Focus starts on the safe choice, inside the labelled group.
    expect(shadow(el).activeElement === button(confirm, 'No, keep it'), 'focus').to.equal(true);
    expect(shadow(el).getElementById(confirm.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(
      `Delete ${long(3, 14)}? You cannot undo this.`
    );
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="confirm"]')).to.equal(null);
    expect(shadow(el).activeElement === deleteYesterday, 'focus').to.equal(true);
    expect(Object.keys(stored().data)).to.deep.equal(['2025-03-14', '2025-03-15']);

    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    // The safe choice comes first; the destructive one is next.
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Enter'}); // "Yes, delete"
    await settle(el);
    expect(Object.keys(stored().data)).to.deep.equal(['2025-03-15']);
    expect(dayTexts(el)).to.have.length(1);
    expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal(`${long(3, 14)} is deleted.`);
    expect(shadow(el).activeElement!.id).to.equal('diary');
    expect(events).to.deep.equal([]);

    // Deleting today also clears today's choice and tells the page.
    button(days(el)[0]!, 'Delete').click();
    await el.updateComplete;
    button(shadow(el), 'Yes, delete').click();
    await settle(el);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(word(el).value).to.equal('');
    expect(events).to.deep.equal([{date: '2025-03-15', color: null}]);
    expect(shadowText(el)).to.contain('No days saved yet');
  });

});
