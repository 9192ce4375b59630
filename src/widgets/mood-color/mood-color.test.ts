import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '../../../test/commands.js';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import './define.js';
import type {MsMoodColor} from './mood-color.js';
import {registerLocale} from '../../core/localize.js';
import {blockStorage, expectAccessibleInAllThemes, nextFrames, pageScrollsSideways, shadowText, withWarnings} from '../../../test/helpers.js';

const KEY = 'ms-widgets:mood-color';
/** 15 March 2025, 10:00 local time. */
const NOW = () => new Date(2025, 2, 15, 10);
const shadow = (el: Element) => el.shadowRoot!;
const radios = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const radio = (el: Element, id: string) => radios(el).find((r) => r.value === id)!;
const word = (el: Element) => shadow(el).querySelector<HTMLInputElement>('#word')!;
const days = (el: Element) => [...shadow(el).querySelectorAll('li.day')];
const dayTexts = (el: Element) => days(el).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const button = (root: ParentNode, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').includes(text))!;
const stored = () => JSON.parse(localStorage.getItem(KEY)!) as {v: number; data: Record<string, {c?: string; w?: string}>};
const seed = (data: unknown) => localStorage.setItem(KEY, JSON.stringify({v: 1, data}));
const day = (month: number, date: number) => new Date(2025, month - 1, date);
/** Dates as the widget writes them in English (the test page has no lang). */
const short = (m: number, d: number) =>
  new Intl.DateTimeFormat('en', {weekday: 'short', day: 'numeric', month: 'short'}).format(day(m, d));
const long = (m: number, d: number) =>
  new Intl.DateTimeFormat('en', {weekday: 'long', day: 'numeric', month: 'long'}).format(day(m, d));
const settle = async (el: MsMoodColor) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

function mood(attrs = '') {
  const el = document.createElement('ms-mood-color');
  el.now = NOW;
  if (attrs.includes('persist')) el.persist = true;
  return fixture<MsMoodColor>(el);
}

/** Types into the focused control like a keyboard user. */
async function type(text: string) {
  await sendKeys({type: text});
}

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
    // Saving drops days older than the 30 shown.
    expect(stored().data['2025-02-13']).to.equal(undefined);
    expect(dayTexts(el).at(-1)).to.contain('Grey meh');

    // A new widget (a later visit) shows today's choice again.
    const again = await mood('persist');
    expect(radio(again, 'grey').checked).to.equal(true);
    expect(word(again).value).to.equal('meh');
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

  it('deletes all days after confirmation, and "No" keeps them', async () => {
    seed({'2025-03-01': {c: 'pink'}, '2025-03-15': {c: 'yellow'}});
    const el = await mood('persist');
    const deleteAll = button(shadow(el), 'Delete all days');
    deleteAll.click();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Delete every day in your colour diary? You cannot undo this.');
    button(shadow(el), 'No, keep it').click();
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).not.to.equal(null);
    expect(shadow(el).activeElement === deleteAll, 'focus').to.equal(true);

    button(shadow(el), 'Delete all days').click();
    await el.updateComplete;
    button(shadow(el), 'Yes, delete').click();
    await settle(el);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(days(el)).to.have.length(0);
    expect(el.color).to.equal(null);
    expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('All days are deleted.');
    expect(button(shadow(el), 'Delete all days')).to.equal(undefined);
  });

  it('ignores corrupt or blocked storage with a warning and still works', async () => {
    for (const raw of ['{oops', JSON.stringify({v: 1, data: {'yesterday': {c: 'blue'}}}), JSON.stringify({v: 9, data: {}})]) {
      localStorage.setItem(KEY, raw);
      const {result: el, warnings} = await withWarnings(() => mood('persist'));
      expect(warnings.join('\n'), raw).to.contain('<ms-mood-color>');
      expect(days(el), raw).to.have.length(0);
      radio(el, 'blue').click();
      expect(stored().data, raw).to.deep.equal({'2025-03-15': {c: 'blue'}});
    }

    const unblock = blockStorage();
    try {
      const {result: el, warnings} = await withWarnings(async () => {
        const el = await mood('persist');
        radio(el, 'green').click();
        await el.updateComplete;
        return el;
      });
      expect(warnings.join()).to.contain('blocked');
      expect(el.color).to.equal('green');
      expect(shadowText(el)).to.contain('This browser did not let us save your colours.');
      expect(dayTexts(el)[0]).to.contain('Fresh green');
    } finally {
      unblock();
    }
  });

  it('never loses what the reader typed: language, theme, moving, adding persist', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><ms-mood-color .now=${NOW}></ms-mood-color></div>`);
    const el = wrapper.querySelector('ms-mood-color')!;
    radio(el, 'light-grey').click();
    word(el).focus();
    await type('foggy window');
    wrapper.setAttribute('lang', 'de');
    el.setAttribute('theme', 'dark');
    await settle(el);
    document.body.append(el); // moved elsewhere on the page
    await el.updateComplete;
    expect(word(el).value).to.equal('foggy window');
    expect(radio(el, 'light-grey').checked).to.equal(true);

    el.persist = true; // the host turns the diary on later
    await el.updateComplete;
    expect(stored().data).to.deep.equal({'2025-03-15': {c: 'light-grey', w: 'foggy window'}});
    expect(word(el).value).to.equal('foggy window');
    el.remove();
  });

  it('keeps the swatch colours and names in forced colors, and hides buttons when printed', async () => {
    seed({'2025-03-15': {c: 'grey'}});
    const el = await mood('persist');
    const swatch = shadow(el).querySelector<HTMLElement>('.swatch')!;
    await emulateMedia({forcedColors: 'active'});
    try {
      // WebKit has no forced-colours mode and no forced-color-adjust property (CSS Color Adjust 1):
      // there the swatch's own colour and its name are what is checked.
      if (CSS.supports('forced-color-adjust', 'none')) expect(getComputedStyle(swatch).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(245, 197, 24)');
      expect(swatch.nextElementSibling!.textContent).to.equal('Sunny yellow');
    } finally {
      await emulateMedia({forcedColors: 'none'});
    }
    const deleteButton = days(el)[0]!.querySelector('button')!;
    await emulateMedia({media: 'print'});
    try {
      expect(getComputedStyle(deleteButton).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.actions')!).display).to.equal('none');
      expect(getComputedStyle(days(el)[0]!).display).not.to.equal('none');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('warns about bad attributes and uses safe defaults', async () => {
    const {result: el, warnings} = await withWarnings(() =>
      fixture<MsMoodColor>(html`<ms-mood-color heading-level="ten" theme="rainbow" heading=" "></ms-mood-color>`)
    );
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('What colour is your mood today?');
    expect(warnings.some((w) => w.includes('<ms-mood-color>') && w.includes('"heading-level"="ten"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('<ms-mood-color>') && w.includes('"theme"="rainbow"'))).to.equal(true);
    expect(shadowText(el)).not.to.match(/NaN|undefined|null|\[object/);
  });

  it('uses heading and heading-level, with the diary one level lower', async () => {
    const el = await fixture<MsMoodColor>(
      html`<ms-mood-color heading="Colour your day" heading-level="6" persist .now=${NOW}></ms-mood-color>`
    );
    expect(shadow(el).querySelector('h6')!.textContent).to.equal('Colour your day');
    expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('6');
  });

  it('takes its language from the nearest lang, and writes dates in it', async () => {
    registerLocale('fr', async () => ({
      templates: {
        [generateMsgId('Grey', false)]: 'Gris',
        [generateMsgId('Your last 30 days', false)]: 'Vos 30 derniers jours',
      },
    }));
    seed({'2025-03-14': {c: 'grey'}});
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA"><ms-mood-color persist .now=${NOW}></ms-mood-color></div>`);
    const el = wrapper.querySelector('ms-mood-color')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('fr');
    expect(radio(el, 'grey').closest('label')!.textContent!.trim()).to.equal('Gris');
    expect(shadowText(el)).to.contain('Vos 30 derniers jours');
    const expected = new Intl.DateTimeFormat('fr-CA', {weekday: 'short', day: 'numeric', month: 'short'}).format(
      new Date(2025, 2, 14)
    );
    expect(days(el)[0]!.querySelector('.date')!.textContent).to.equal(expected);
    expect(expected).to.match(/mars/);
  });

  it('has no axe violations in light, dark and forced colors, with a diary and a confirmation open', async () => {
    seed({'2025-03-10': {c: 'charcoal', w: 'heavy'}, '2025-03-12': {w: 'ok'}, '2025-03-15': {c: 'yellow'}});
    const el = await mood('persist');
    await expectAccessibleInAllThemes(el);
    button(shadow(el), 'Delete all days').click();
    await el.updateComplete;
    await expectAccessibleInAllThemes(el);
  });

  it('fits a 320 px wide screen without sideways scrolling, in right-to-left text too', async () => {
    seed({'2025-03-14': {c: 'purple', w: 'somethingverylongwithoutspaces'}, '2025-03-15': {c: 'grey'}});
    await setViewport({width: 320, height: 640});
    try {
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><ms-mood-color persist .now=${NOW}></ms-mood-color></div>`);
      await nextFrames();
      expect(pageScrollsSideways()).to.equal(false);
      const el = wrapper.querySelector('ms-mood-color')!;
      expect(getComputedStyle(radio(el, 'grey')).direction).to.equal('rtl');
    } finally {
      await setViewport({width: 1024, height: 768});
    }
  });

  it('has no axe violations without persist', async () => {
    const el = await mood();
    await expectAccessibleInAllThemes(el);
  });
});
