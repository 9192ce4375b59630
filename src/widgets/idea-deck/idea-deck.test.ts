import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '../../../test/commands.js';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import './define.js';
import type {MsIdeaDeck} from './idea-deck.js';
import {registerLocale} from '../../core/localize.js';
import {expectAccessibleInAllThemes, shadowText, withWarnings} from '../../../test/helpers.js';

const GROUNDING = [
  'Hold an ice cube.',
  'Smell a strong essential oil, like peppermint or citrus.',
  'Take a hot or a cold shower.',
  'Lie on the ground and breathe deeply.',
  'Touch different textures.',
];

const shadow = (el: Element) => el.shadowRoot!;
const clean = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (el: Element) => [...shadow(el).querySelectorAll('li.card')];
const cardTexts = (el: Element) => cards(el).map((li) => clean(li.querySelector('p')));
const pickButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="pick-button"]')!;
const status = (el: Element) => clean(shadow(el).querySelector('.picked[role="status"]'));
const cardBox = (el: Element, text: string) =>
  cards(el)
    .find((li) => clean(li.querySelector('p')) === text)!
    .querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const key = (topic = 'grounding') => `ms-widgets:idea-deck:${topic}`;

/** A deck whose "random" choices come from `values` (0 = first remaining idea). */
async function deck(template: ReturnType<typeof html>, values: number[] = []) {
  const el = await fixture<MsIdeaDeck>(template);
  let i = 0;
  (el as unknown as {random: () => number}).random = () => values[i++] ?? 0;
  return el;
}

/** The accessible name of a checkbox wrapped in its label (text only, as a screen reader reads it). */
const boxName = (box: HTMLInputElement) => clean(box.closest('label'));

describe('ms-idea-deck', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows the grounding ideas as cards by default, with the article’s lines around them', async () => {
    const el = await deck(html`<ms-idea-deck></ms-idea-deck>`);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Ideas: use your senses');
    expect(cardTexts(el)).to.deep.equal(GROUNDING);
    expect(shadow(el).querySelector('ul.cards')!.getAttribute('role')).to.equal('list');
    expect(clean(shadow(el).querySelector('[part="intro"]'))).to.contain('start with your body');
    expect(clean(shadow(el).querySelector('[part="note"]'))).to.contain('gently wake up your nervous system');
    expect(pickButton(el).textContent!.trim()).to.equal('Give me one idea');
    expect(status(el)).to.equal('');
  });

  it('shows each topic’s own list from the article', async () => {
    const expected: Record<string, [string, number, string]> = {
      pleasures: ['Ideas: tiny pleasures', 4, 'Sit in the sun for 5 minutes.'],
      movement: ['Ideas: gentle movement', 4, 'Wiggle your fingers and toes.'],
      regulation: ['Ideas: calm your nervous system', 5, 'Breathe slowly, deep into your belly: in for 4, out for 6.'],
      connection: ['Ideas: gentle contact with people', 4, 'Ask someone you love to sit with you in silence.'],
      grounding: ['Ideas: use your senses', 5, 'Hold an ice cube.'],
    };
    for (const [topic, [title, count, idea]] of Object.entries(expected)) {
      const el = await deck(html`<ms-idea-deck topic=${topic}></ms-idea-deck>`);
      expect(shadow(el).querySelector('h2')!.textContent, topic).to.equal(title);
      expect(cards(el), topic).to.have.length(count);
      expect(cardTexts(el), topic).to.include(idea);
    }
  });

  it('warns about an unknown topic and shows grounding', async () => {
    const {result: el, warnings} = await withWarnings(() => deck(html`<ms-idea-deck topic="cooking"></ms-idea-deck>`));
    expect(cardTexts(el)).to.deep.equal(GROUNDING);
    const warning = warnings.find((w) => w.includes('<ms-idea-deck>') && w.includes('"topic"'));
    expect(warning).to.contain('cooking').and.to.contain('"grounding"');
    expect(shadowText(el)).not.to.match(/NaN|undefined|null|\[object/);
  });

  it('accepts the topic in any letter case and follows a changed topic', async () => {
    const el = await deck(html`<ms-idea-deck topic=" Movement "></ms-idea-deck>`);
    expect(cardTexts(el)).to.include('Stretch in bed.');
    el.topic = 'connection';
    await el.updateComplete;
    expect(cardTexts(el)).to.include('Stroke a pet or another animal.');
  });

  it('gives one idea at a time, never repeating one until all were shown', async () => {
    // 0.99 always takes the last remaining idea, so the order is predictable.
    const el = await deck(html`<ms-idea-deck></ms-idea-deck>`, Array(12).fill(0.99));
    const seen: string[] = [];
    for (let i = 0; i < GROUNDING.length; i++) {
      pickButton(el).click();
      await el.updateComplete;
      seen.push(status(el).replace('Try this: ', ''));
    }
    expect(seen).to.have.members(GROUNDING);
    expect(new Set(seen).size).to.equal(5);
    expect(pickButton(el).textContent!.trim()).to.equal('Give me another idea');
    // The chosen card is marked.
    expect(clean(shadow(el).querySelector('li.card.chosen p'))).to.equal(seen[4]);

    // A new round starts, says so, and does not repeat the idea just shown.
    pickButton(el).click();
    await el.updateComplete;
    expect(status(el)).to.contain('You have seen every idea, so they start again.');
    expect(status(el)).not.to.contain(seen[4]!);
  });

  it('uses the random source to choose among the ideas not shown yet', async () => {
    const el = await deck(html`<ms-idea-deck></ms-idea-deck>`, [0, 0, 0.5]);
    expect(el.pickIdea()).to.equal(GROUNDING[0]);
    expect(el.pickIdea()).to.equal(GROUNDING[1]);
    // Three ideas left: 0.5 picks the middle one.
    expect(el.pickIdea()).to.equal(GROUNDING[3]);
  });

  it('survives a random source that returns 1 or nonsense', async () => {
    const el = await deck(html`<ms-idea-deck></ms-idea-deck>`, [1, Number.NaN]);
    expect(el.pickIdea()).to.equal(GROUNDING[4]);
    expect(el.pickIdea()).to.equal(GROUNDING[0]);
  });

  it('works with the keyboard alone and tells screen readers the idea', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">before</button><ms-idea-deck></ms-idea-deck></div>`
    );
    const el = wrapper.querySelector('ms-idea-deck')!;
    (el as unknown as {random: () => number}).random = () => 0;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal(pickButton(el));
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(status(el)).to.equal(`Try this: ${GROUNDING[0]}`);
    // The live region is announced politely.
    expect(shadow(el).querySelector('.picked')!.getAttribute('role')).to.equal('status');

    // Next stop: "I tried this" for the chosen idea; Space ticks it.
    await sendKeys({press: 'Tab'});
    const box = focused(el) as HTMLInputElement;
    expect(box.type).to.equal('checkbox');
    expect(boxName(box)).to.equal(`I tried this: ${GROUNDING[0]}`);
    const event = oneEvent(el, 'ms-idea-tried');
    await sendKeys({press: 'Space'});
    const {detail} = await event;
    expect(detail).to.deep.equal({topic: 'grounding', idea: GROUNDING[0], tried: true});
    await el.updateComplete;
    // The card of the same idea shows the tick too.
    expect(cardBox(el, GROUNDING[0]!).checked).to.equal(true);

    // Tab reaches every card's tick.
    await sendKeys({press: 'Tab'});
    expect(boxName(focused(el) as HTMLInputElement)).to.equal(`I tried this: ${GROUNDING[0]}`);
    await sendKeys({press: 'Tab'});
    expect(boxName(focused(el) as HTMLInputElement)).to.equal(`I tried this: ${GROUNDING[1]}`);
  });

  it('keeps ticks while the reader asks for more ideas', async () => {
    const el = await deck(html`<ms-idea-deck></ms-idea-deck>`);
    cardBox(el, GROUNDING[2]!).click();
    await el.updateComplete;
    for (let i = 0; i < 7; i++) {
      pickButton(el).click();
      await el.updateComplete;
    }
    expect(cardBox(el, GROUNDING[2]!).checked).to.equal(true);
    expect(cards(el).filter((li) => li.querySelector('input')!.checked)).to.have.length(1);
  });

  it('adds the host’s own ideas after the article’s, as text only', async () => {
    const el = await deck(html`
      <ms-idea-deck>
        <ul>
          <li>Call my sister</li>
          <li>&lt;img src=x onerror=alert(1)&gt;</li>
          <li>Call my sister</li>
          <li>  </li>
        </ul>
      </ms-idea-deck>
    `);
    expect(cardTexts(el)).to.deep.equal([...GROUNDING, 'Call my sister', '<img src=x onerror=alert(1)>']);
    expect(shadow(el).querySelector('img')).to.equal(null);
    // The light-DOM list is not shown twice.
    expect(el.querySelector('ul')!.getBoundingClientRect().height).to.equal(0);

    // A CMS that edits the list later is followed.
    el.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li>Hug the dog</li>');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(cardTexts(el)).to.include('Hug the dog');
    expect(cards(el)).to.have.length(8);
  });

  it('follows a list a CMS adds after the first render, and goes back when it is removed', async () => {
    const el = await deck(html`<ms-idea-deck></ms-idea-deck>`);
    expect(cardTexts(el)).to.deep.equal(GROUNDING);
    el.insertAdjacentHTML('beforeend', '<ul><li>Water the plants</li></ul>');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal([...GROUNDING, 'Water the plants']);
    el.querySelector('ul')!.remove();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(cardTexts(el)).to.deep.equal(GROUNDING);
  });

  it('writes nothing to storage without persist', async () => {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (...args: [string, string]) {
      writes++;
      return setItem.apply(this, args);
    };
    try {
      const el = await deck(html`<ms-idea-deck></ms-idea-deck>`);
      pickButton(el).click();
      await el.updateComplete;
      cardBox(el, GROUNDING[0]!).click();
      await el.updateComplete;
      expect(cardBox(el, GROUNDING[0]!).checked).to.equal(true);
      expect(writes).to.equal(0);
      expect(localStorage.length).to.equal(0);
      expect(shadow(el).querySelector('[part="clear-button"]')).to.equal(null);
      expect(clean(shadow(el).querySelector('[part="privacy"]'))).to.equal(
        'Your ticks are not saved, and nothing leaves this device.'
      );
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('with persist, keeps ticks per topic across reloads, including the host’s ideas', async () => {
    const el = await deck(html`<ms-idea-deck persist><ul><li>Call my sister</li></ul></ms-idea-deck>`);
    expect(clean(shadow(el).querySelector('[part="privacy"]'))).to.contain('saved in this browser only');
    cardBox(el, GROUNDING[1]!).click();
    cardBox(el, 'Call my sister').click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(key())!)).to.deep.equal({v: 1, data: ['1', 'h:Call my sister']});

    const again = await deck(html`<ms-idea-deck persist><ul><li>Call my sister</li></ul></ms-idea-deck>`);
    expect(cardBox(again, GROUNDING[1]!).checked).to.equal(true);
    expect(cardBox(again, 'Call my sister').checked).to.equal(true);
    expect(cardBox(again, GROUNDING[0]!).checked).to.equal(false);

    // Another topic has its own ticks.
    const movement = await deck(html`<ms-idea-deck persist topic="movement"></ms-idea-deck>`);
    expect(cards(movement).some((li) => li.querySelector('input')!.checked)).to.equal(false);
    cardBox(movement, 'Stretch in bed.').click();
    await movement.updateComplete;
    expect(JSON.parse(localStorage.getItem(key('movement'))!).data).to.deep.equal(['0']);
    expect(JSON.parse(localStorage.getItem(key())!).data).to.deep.equal(['1', 'h:Call my sister']);

    // Unticking is saved too.
    cardBox(again, GROUNDING[1]!).click();
    await again.updateComplete;
    expect(JSON.parse(localStorage.getItem(key())!).data).to.deep.equal(['h:Call my sister']);
  });

  it('with persist, "Clear my ticks" clears the screen and the storage, and says so', async () => {
    const el = await deck(html`<ms-idea-deck persist></ms-idea-deck>`);
    cardBox(el, GROUNDING[0]!).click();
    await el.updateComplete;
    expect(localStorage.getItem(key())).not.to.equal(null);
    const clear = shadow(el).querySelector<HTMLButtonElement>('[part="clear-button"]')!;
    expect(clear.textContent!.trim()).to.equal('Clear my ticks');
    clear.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(localStorage.getItem(key())).to.equal(null);
    expect(cardBox(el, GROUNDING[0]!).checked).to.equal(false);
    expect(clean(shadow(el).querySelector('.cleared[role="status"]'))).to.equal('Your ticks were cleared.');
    expect(focused(el)).to.equal(clear);
  });

  it('with persist, ignores corrupt saved ticks with a warning and keeps working', async () => {
    for (const raw of ['{oops', JSON.stringify({v: 1, data: [1, 2]}), JSON.stringify({v: 99, data: ['0']})]) {
      localStorage.setItem(key(), raw);
      const {result: el, warnings} = await withWarnings(() => deck(html`<ms-idea-deck persist></ms-idea-deck>`));
      expect(warnings.join('\n'), raw).to.contain('<ms-idea-deck>');
      expect(cards(el).some((li) => li.querySelector('input')!.checked), raw).to.equal(false);
      cardBox(el, GROUNDING[0]!).click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(key())!), raw).to.deep.equal({v: 1, data: ['0']});
    }
  });

  it('saves the ticks made before persist was added', async () => {
    const el = await deck(html`<ms-idea-deck></ms-idea-deck>`);
    cardBox(el, GROUNDING[3]!).click();
    await el.updateComplete;
    expect(localStorage.length).to.equal(0);
    el.persist = true;
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(key())!).data).to.deep.equal(['3']);
  });

  it('warns about bad common attributes', async () => {
    const {result: el, warnings} = await withWarnings(() =>
      deck(html`<ms-idea-deck heading-level="ten" heading="My ideas"></ms-idea-deck>`)
    );
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('My ideas');
    expect(warnings.some((w) => w.includes('<ms-idea-deck>') && w.includes('heading-level') && w.includes('ten'))).to.equal(true);
  });

  it('takes its language from the nearest lang', async () => {
    registerLocale('fr', async () => ({
      templates: {
        [generateMsgId('Give me one idea', false)]: 'Donne-moi une idée',
        [generateMsgId('Hold an ice cube.', false)]: 'Tenez un glaçon.',
      },
    }));
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-BE"><ms-idea-deck></ms-idea-deck></div>`);
    const el = wrapper.querySelector('ms-idea-deck')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('fr');
    expect(pickButton(el).textContent!.trim()).to.equal('Donne-moi une idée');
    expect(cardTexts(el)[0]).to.equal('Tenez un glaçon.');
  });

  it('has large targets', async () => {
    const el = await deck(html`<ms-idea-deck></ms-idea-deck>`);
    expect(pickButton(el).getBoundingClientRect().height).to.be.at.least(44);
    const label = cards(el)[0]!.querySelector('label')!;
    expect(label.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('has no axe violations in light, dark and forced colors, with an idea chosen and ticked', async function () {
    this.timeout(40000);
    const el = await deck(html`<ms-idea-deck persist><ul><li>Call my sister</li></ul></ms-idea-deck>`);
    pickButton(el).click();
    await el.updateComplete;
    cardBox(el, GROUNDING[1]!).click();
    await el.updateComplete;
    await expectAccessibleInAllThemes(el);
  });
});
