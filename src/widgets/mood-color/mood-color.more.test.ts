import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, setViewport} from '../../../test/commands.js';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import './define.js';
import type {MsMoodColor} from './mood-color.js';
import {registerLocale} from '../../core/localize.js';
import {blockStorage, expectAccessibleInAllThemes, nextFrames, pageScrollsSideways, shadowText, withWarnings} from '../../../test/helpers.js';
import {KEY, NOW, shadow, radio, word, days, dayTexts, button, stored, seed, settle, mood, type} from './mood-color.fixture.js';

describe('ms-mood-color (more)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());
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
