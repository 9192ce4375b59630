/**
 * The running half of the pacer (session.ts) is loaded after the first paint.
 * This file does not use the shared fixture (which loads it first), so the
 * reader's path is tested: Start pressed before the code is here, and a load
 * that fails (offline). The order of the tests matters: the module is cached
 * for the page once loaded.
 */
import {expect, fixture, html} from '@open-wc/testing';
import './define.js';
import type {MsBreathingPacer} from './breathing-pacer.js';
import {sessionModule, sessionSource} from './load-session.js';
import {collectPageErrors} from '../../../test/helpers.js';

const realLoad = sessionSource.load;
const shadow = (el: Element) => el.shadowRoot!;
const startButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('.controls button')!;
const message = (el: Element) => shadow(el).querySelector<HTMLElement>('.message')!;
const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();

async function make(lang: string) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  wrapper.append(document.createRange().createContextualFragment('<ms-breathing-pacer countdown="0"></ms-breathing-pacer>'));
  const el = wrapper.querySelector('ms-breathing-pacer') as MsBreathingPacer;
  await el.updateComplete;
  const events: string[] = [];
  for (const type of ['start', 'phase', 'stop']) el.addEventListener(`ms-breathing-${type}`, () => events.push(type));
  return {el, events};
}

describe('ms-breathing-pacer before its running half has loaded', () => {
  const errors = collectPageErrors();
  after(() => {
    sessionSource.load = realLoad;
  });

  it('says in the reader\'s language that it could not load (offline), never throws, and Start stays usable', async () => {
    sessionSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const texts: Record<string, string> = {
      en: 'This could not load. Check your connection and try again.',
      fr: 'Cela n’a pas pu se charger. Vérifiez votre connexion et réessayez.',
    };
    for (const [lang, text] of Object.entries(texts)) {
      const {el, events} = await make(lang);
      const label = startButton(el).textContent!.trim();
      expect(message(el).hidden, 'no message before Start').to.equal(true);
      startButton(el).click();
      await el.updateComplete;
      expect(message(el).hidden).to.equal(false);
      expect(message(el).textContent!.trim()).to.equal(text);
      expect(status(el), 'a screen reader is told').to.equal(text);
      expect(startButton(el).textContent!.trim(), 'Start is still there').to.equal(label);
      expect(events).to.deep.equal([]);
      expect(el.phase).to.equal('idle');
      await expect(el).to.be.accessible();
    }
    expect(sessionModule()).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });

  it('starts the same once the code arrives when Start was pressed before it, and loads it ahead on pointer or idle', async () => {
    let asked = 0;
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    sessionSource.load = () => {
      asked++;
      return arrived.then(realLoad);
    };
    const {el, events} = await make('de');
    el.dispatchEvent(new Event('pointerdown', {bubbles: true, composed: true}));
    expect(asked, 'the load is asked for before Start is pressed').to.be.at.least(1);
    startButton(el).click();
    startButton(el).click(); // a second press while waiting does not pause it at once
    await new Promise((r) => setTimeout(r, 50));
    expect(events, 'nothing starts before the code is here').to.deep.equal([]);
    arrive();
    await el.updateComplete;
    expect(events.slice(0, 2)).to.deep.equal(['start', 'phase']);
    expect(el.phase).to.equal('inhale');
    expect(el.running).to.equal(true);
    expect(startButton(el).textContent!.trim()).to.equal('Pause');
    expect(status(el)).to.equal('Einatmen');
    expect(message(el).hidden).to.equal(true);
    el.stop();
    await el.updateComplete;
    expect(events).to.include('stop');
    expect(errors).to.deep.equal([]);
  });
});
