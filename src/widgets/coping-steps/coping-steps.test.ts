import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '../../../test/commands.js';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import './define.js';
import type {MsCopingSteps} from './coping-steps.js';
import {registerLocale} from '../../core/localize.js';
import {expectAccessibleInAllThemes, shadowText, withWarnings} from '../../../test/helpers.js';

const KEY = 'ms-widgets:coping-steps';
const TITLES = [
  'Name it without shame',
  'Talk to your neurologist or therapist',
  'Start with your senses',
  'Plan tiny pleasures',
  'Move a little, even if you don’t want to',
  'Use reflective tools',
  'Calm your nervous system',
  'Reconnect with people, gently',
];

const shadow = (el: Element) => el.shadowRoot!;
const clean = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => clean(b) === text)!;
const stepHeading = (el: Element) => shadow(el).querySelector<HTMLElement>('#step-heading')!;
const progress = (el: Element) => clean(shadow(el).querySelector('[part="progress"]'));
const stepText = (el: Element) => clean(shadow(el).querySelector('section[part="step"]'));
const tick = (el: Element) => shadow(el).querySelector<HTMLInputElement>('[part="step"] input[type="checkbox"]')!;
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const steps = (el: Element) => shadow(el).querySelectorAll('ol.steps > li');

describe('ms-coping-steps', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('guides through one step at a time, starting at step 1', async () => {
    const el = await fixture<MsCopingSteps>(html`<ms-coping-steps></ms-coping-steps>`);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Eight steps to help with numbness');
    expect(progress(el)).to.equal('Step 1 of 8');
    const heading = stepHeading(el);
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent).to.equal('Name it without shame');
    expect(shadow(el).querySelector('section[part="step"]')!.getAttribute('aria-labelledby')).to.equal('step-heading');
    expect(stepText(el)).to.contain('Try saying:');
    expect(clean(shadow(el).querySelector('section q'))).to.equal(
      'I’m not feeling much lately. I’m not broken. I’m inflamed and overwhelmed.'
    );
    expect(button(el, 'Back').disabled).to.equal(true);
    expect(button(el, 'Next').disabled).to.equal(false);
    expect(shadow(el).querySelectorAll('section[part="step"]')).to.have.length(1);
  });

  it('announces the step politely and moves the focus to its title when the reader moves', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">before</button><ms-coping-steps></ms-coping-steps></div>`
    );
    const el = wrapper.querySelector('ms-coping-steps')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    // Tab order: Show all steps, the tick, Next (Back is disabled on step 1).
    await sendKeys({press: 'Tab'});
    expect(clean(focused(el))).to.equal('Show all steps');
    await sendKeys({press: 'Tab'});
    expect((focused(el) as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({press: 'Tab'});
    expect(clean(focused(el))).to.equal('Next');

    const event = oneEvent(el, 'ms-step-change');
    await sendKeys({press: 'Enter'});
    expect((await event).detail).to.deep.equal({step: 2, tried: false});
    await el.updateComplete;
    expect(progress(el)).to.equal('Step 2 of 8');
    expect(shadow(el).querySelector('[part="progress"]')!.getAttribute('role')).to.equal('status');
    expect(focused(el)).to.equal(stepHeading(el));
    expect(stepHeading(el).textContent).to.equal(TITLES[1]);
    expect(el.step).to.equal(2);
    expect(el.getAttribute('step')).to.equal('2');

    // Back again, by keyboard: Tab from the title reaches the tick, then Back.
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    expect(clean(focused(el))).to.equal('Back');
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(progress(el)).to.equal('Step 1 of 8');
    expect(focused(el)).to.equal(stepHeading(el));
  });

  it('walks all eight steps, each with its ideas from the article', async () => {
    const el = await fixture<MsCopingSteps>(html`<ms-coping-steps></ms-coping-steps>`);
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      seen.push(stepHeading(el).textContent!);
      if (i < 7) button(el, 'Next').click();
      await el.updateComplete;
    }
    expect(seen).to.deep.equal(TITLES);
    expect(progress(el)).to.equal('Step 8 of 8');
    expect(button(el, 'Next').disabled).to.equal(true);
    expect(stepText(el)).to.contain('Send a meme or an emoji to a friend.');
    expect(stepText(el)).to.contain('You don’t have to show feelings you don’t have. Just be there.');
  });

  it('opens the step given by the step attribute, reusing the idea lists', async () => {
    const el = await fixture<MsCopingSteps>(html`<ms-coping-steps step="3"></ms-coping-steps>`);
    expect(progress(el)).to.equal('Step 3 of 8');
    const items = [...shadow(el).querySelectorAll('section li')].map((li) => clean(li));
    expect(items).to.deep.equal([
      'Hold an ice cube.',
      'Smell a strong essential oil, like peppermint or citrus.',
      'Take a hot or a cold shower.',
      'Lie on the ground and breathe deeply.',
      'Touch different textures.',
    ]);
    // The host may change the step later.
    el.setAttribute('step', '6');
    await el.updateComplete;
    expect(stepHeading(el).textContent).to.equal('Use reflective tools');
    expect([...shadow(el).querySelectorAll('section q')].map((q) => clean(q))).to.deep.equal([
      'If I could feel something today, what would I want it to be?',
      'When did I last feel joy?',
    ]);
    // Not a reader action: the focus stays where it was.
    expect(focused(el)).to.equal(null);
  });

  it('shows the medicine safety line in step 2', async () => {
    const el = await fixture<MsCopingSteps>(html`<ms-coping-steps step="2"></ms-coping-steps>`);
    expect(clean(shadow(el).querySelector('[part="caution"]'))).to.equal(
      'Never stop or change a medicine on your own. Talk to your doctor first.'
    );
    expect(stepText(el)).to.contain('Trying an antidepressant that works on dopamine (like bupropion)');
  });

  it('warns about a bad step or mode and falls back to step 1 in the guide', async () => {
    for (const value of ['nine', '0', '9', '2.5', '']) {
      const {result: el, warnings} = await withWarnings(() =>
        fixture<MsCopingSteps>(html`<ms-coping-steps step=${value} mode="carousel"></ms-coping-steps>`)
      );
      expect(progress(el), value).to.equal('Step 1 of 8');
      expect(warnings.join('\n'), value).to.contain(`<ms-coping-steps> attribute "step"="${value}"`);
      expect(warnings.join('\n')).to.contain('<ms-coping-steps> attribute "mode"="carousel"');
      expect(shadowText(el)).not.to.match(/NaN|undefined|null|\[object/);
      // Next still works from the fallback.
      button(el, 'Next').click();
      await el.updateComplete;
      expect(progress(el), value).to.equal('Step 2 of 8');
    }
  });

  it('shows all steps with mode="all", and the reader can switch', async () => {
    const el = await fixture<MsCopingSteps>(html`<ms-coping-steps mode="all"></ms-coping-steps>`);
    expect(steps(el)).to.have.length(8);
    expect([...shadow(el).querySelectorAll('ol.steps h3')].map((h) => h.textContent)).to.deep.equal(TITLES);
    expect([...steps(el)].map((li) => clean(li.querySelector('[part="progress"]')))).to.deep.equal(
      TITLES.map((_, i) => `Step ${i + 1} of 8`)
    );
    // Only the guide's counter is a live region.
    expect(shadow(el).querySelector('[role="status"][part="progress"]')).to.equal(null);
    expect(shadow(el).querySelector('[part="nav"]')).to.equal(null);
    // The toggle says what it does next, so its label shows the state.
    const toggle = button(el, 'Show one step at a time');
    expect(toggle.hasAttribute('aria-pressed')).to.equal(false);
    const offset = () => toggle.getBoundingClientRect().top - el.getBoundingClientRect().top;
    const where = offset();

    toggle.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.mode).to.equal('guide');
    expect(clean(toggle)).to.equal('Show all steps');
    expect(offset(), 'the toggle stays put').to.be.closeTo(where, 1);
    expect(steps(el)).to.have.length(0);
    expect(progress(el)).to.equal('Step 1 of 8');
    expect(focused(el)).to.equal(toggle);
  });

  it('lets the reader tick steps, and keeps ticks while moving between steps and views', async () => {
    const el = await fixture<MsCopingSteps>(html`<ms-coping-steps step="4"></ms-coping-steps>`);
    expect(clean(tick(el).closest('label'))).to.equal('I tried this step: Plan tiny pleasures');
    const event = oneEvent(el, 'ms-step-change');
    tick(el).click();
    expect((await event).detail).to.deep.equal({step: 4, tried: true});
    await el.updateComplete;
    expect(clean(shadow(el).querySelector('[part="toolbar"] p'))).to.equal('Steps tried: 1 of 8');

    button(el, 'Next').click();
    await el.updateComplete;
    expect(tick(el).checked).to.equal(false);
    button(el, 'Back').click();
    await el.updateComplete;
    expect(tick(el).checked).to.equal(true);

    button(el, 'Show all steps').click();
    await el.updateComplete;
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('ol.steps input[type="checkbox"]')];
    expect(boxes.map((b) => b.checked)).to.deep.equal([false, false, false, true, false, false, false, false]);
    const untick = oneEvent(el, 'ms-step-change');
    boxes[3]!.click();
    expect((await untick).detail).to.deep.equal({step: 4, tried: false});
  });

  it('writes nothing to storage without persist', async () => {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (...args: [string, string]) {
      writes++;
      return setItem.apply(this, args);
    };
    try {
      const el = await fixture<MsCopingSteps>(html`<ms-coping-steps></ms-coping-steps>`);
      tick(el).click();
      button(el, 'Next').click();
      await el.updateComplete;
      expect(writes).to.equal(0);
      expect(localStorage.length).to.equal(0);
      expect(shadow(el).querySelector('[part="clear-button"]')).to.equal(null);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('with persist, keeps ticks across reloads and clears them on request', async () => {
    const el = await fixture<MsCopingSteps>(html`<ms-coping-steps persist step="2"></ms-coping-steps>`);
    tick(el).click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({v: 1, data: ['2']});

    const again = await fixture<MsCopingSteps>(html`<ms-coping-steps persist mode="all"></ms-coping-steps>`);
    const boxes = [...shadow(again).querySelectorAll<HTMLInputElement>('ol.steps input')];
    expect(boxes.map((b) => b.checked)).to.deep.equal([false, true, false, false, false, false, false, false]);
    expect(clean(shadow(again).querySelector('[part="toolbar"] p'))).to.equal('Steps tried: 1 of 8');

    button(again, 'Clear my ticks').click();
    await again.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(boxes.every((b) => !b.checked)).to.equal(true);
    expect(clean(shadow(again).querySelector('.cleared'))).to.equal('Your ticks were cleared.');
  });

  it('with persist, ignores corrupt saved ticks with a warning', async () => {
    for (const raw of ['not json', JSON.stringify({v: 1, data: 'all'}), JSON.stringify({data: ['1']})]) {
      localStorage.setItem(KEY, raw);
      const {result: el, warnings} = await withWarnings(() =>
        fixture<MsCopingSteps>(html`<ms-coping-steps persist></ms-coping-steps>`)
      );
      expect(warnings.join('\n'), raw).to.contain('<ms-coping-steps>');
      expect(tick(el).checked, raw).to.equal(false);
      tick(el).click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(KEY)!).data, raw).to.deep.equal(['1']);
    }
  });

  it('puts step titles one level below the title, never deeper than h6', async () => {
    const el = await fixture<MsCopingSteps>(html`<ms-coping-steps heading-level="4"></ms-coping-steps>`);
    expect(shadow(el).querySelector('h4')!.textContent).to.equal('Eight steps to help with numbness');
    expect(stepHeading(el).localName).to.equal('h5');
    el.headingLevel = 6;
    await el.updateComplete;
    expect(stepHeading(el).localName).to.equal('h6');
  });

  it('takes its language from the nearest lang and formats numbers for it', async () => {
    registerLocale('fa', async () => ({
      templates: {[generateMsgId('Next', false)]: 'بعدی'},
    }));
    const wrapper = await fixture<HTMLElement>(html`<div lang="fa-IR"><ms-coping-steps step="3"></ms-coping-steps></div>`);
    const el = wrapper.querySelector('ms-coping-steps')!;
    await el.updateComplete;
    const base = shadow(el).querySelector('.base')!;
    expect(base.getAttribute('lang')).to.equal('fa');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(clean(shadow(el).querySelector('[part="nav"] .button:not(.secondary)'))).to.equal('بعدی');
    // Numbers use the language's digits; the untranslated words stay English.
    expect(progress(el)).to.equal('Step ۳ of ۸');
  });

  it('has large targets', async () => {
    const el = await fixture<MsCopingSteps>(html`<ms-coping-steps></ms-coping-steps>`);
    for (const b of shadow(el).querySelectorAll('button')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    expect(tick(el).closest('label')!.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('has no axe violations in light, dark and forced colors, in both views', async function () {
    this.timeout(40000);
    const el = await fixture<MsCopingSteps>(html`<ms-coping-steps persist step="2"></ms-coping-steps>`);
    tick(el).click();
    await el.updateComplete;
    await expectAccessibleInAllThemes(el);
    el.mode = 'all';
    await el.updateComplete;
    await expectAccessibleInAllThemes(el);
  });
});
