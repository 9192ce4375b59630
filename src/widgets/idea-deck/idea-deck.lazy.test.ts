/**
 * Only the default topic is in the idea deck's own file; the others load
 * with `import()` before the first render that shows them (topics.ts). This
 * file tests what a reader sees: the list at once when it loads, and a short
 * message in their language (plus the host's own ideas) when it cannot.
 * Loaded topics are cached for the page, so each test uses its own topic.
 */
import {expect, fixture, html} from '@open-wc/testing';
import './define.js';
import type {MsIdeaDeck} from './idea-deck.js';
import {topicSource} from './topics.js';
import {withWarnings} from '../../../test/helpers.js';

const realSource = {...topicSource};
const shadow = (el: Element) => el.shadowRoot!;
const clean = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cards = (el: Element) => [...shadow(el).querySelectorAll('li.card p')].map(clean);
const offline = () => Promise.reject(new Error('offline'));

async function make(lang: string, topic: string, inner = '') {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  wrapper.append(document.createRange().createContextualFragment(`<ms-idea-deck topic="${topic}">${inner}</ms-idea-deck>`));
  const el = wrapper.querySelector('ms-idea-deck') as MsIdeaDeck;
  await el.updateComplete;
  return el;
}

describe('ms-idea-deck topics loaded on demand', () => {
  afterEach(() => Object.assign(topicSource, realSource));

  it('shows a topic that is not in its own file complete on its first render', async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    topicSource.movement = () => arrived.then(realSource.movement);
    const wrapper = await fixture<HTMLElement>(html`<div><ms-idea-deck topic="movement"></ms-idea-deck></div>`);
    const el = wrapper.querySelector('ms-idea-deck') as MsIdeaDeck;
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    // Nothing is drawn before the topic's list is here (no empty deck that fills in later).
    expect(shadow(el).querySelector('.base')).to.equal(null);
    arrive();
    await el.updateComplete;
    expect(clean(shadow(el).querySelector('h2'))).to.equal('Ideas: gentle movement');
    expect(cards(el)).to.deep.equal(['Stretch in bed.', 'Wiggle your fingers and toes.', 'Walk a short loop.', 'Do a few yoga poses.']);
    expect(clean(shadow(el).querySelector('[part="note"]'))).to.contain('The goal is not fitness.');
  });

  for (const [lang, topic, title, text] of [
    ['en', 'pleasures', 'Ideas: tiny pleasures', 'This could not load. Check your connection and try again.'],
    ['fr', 'regulation', 'Idées : apaiser votre système nerveux', 'Cela n’a pas pu se charger. Vérifiez votre connexion et réessayez.'],
  ] as const) {
    it(`offline (${lang}): says so in the reader's language, with one warning, and still shows the host's own ideas`, async () => {
      topicSource[topic] = offline;
      const {result: el, warnings} = await withWarnings(() => make(lang, topic, '<ul><li>Call my sister</li></ul>'));
      expect(clean(shadow(el).querySelector('h2'))).to.equal(title);
      expect(clean(shadow(el).querySelector('[part="intro"]'))).to.equal(text);
      expect(shadow(el).querySelector('[part="note"]')).to.equal(null);
      expect(cards(el)).to.deep.equal(['Call my sister']);
      expect(warnings.filter((w) => w.includes('<ms-idea-deck>') && w.includes(`"${topic}"`))).to.have.length(1);
    });
  }

  it('offline with no ideas of the host: no "Give me one idea" button that could do nothing', async () => {
    topicSource.connection = offline;
    const {result: el} = await withWarnings(() => make('en', 'connection'));
    expect(cards(el)).to.deep.equal([]);
    expect(shadow(el).querySelector<HTMLElement>('[part="pick"]')!.hidden).to.equal(true);
  });
});
