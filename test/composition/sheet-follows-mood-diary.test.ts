/**
 * Two widgets on one page, talking only through their public channels: the
 * appointment sheet follows a colour diary through its store and the
 * `ms-mood-change` event, never its page content, and its "delete
 * everything" empties the diary next to it. (Tests of two widgets
 * together live here, outside the widget folders.)
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '../commands.js';
import '../../src/widgets/appointment-prep/define.js';
import '../../src/widgets/mood-color/define.js';
import type {MsMoodColor} from '../../src/widgets/mood-color/mood-color.js';
import {seedDiaries as seed} from '../../src/widgets/appointment-prep/since.fixture.js';

const shadow = (el: Element) => el.shadowRoot!;
const panel = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="since"]');
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (root: ParentNode | null) => [...(root?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.trim());
const settle = async (el: {updateComplete: Promise<unknown>}) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  }
};
const button = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
function write(el: Element, name: string, value: string, type = 'input') {
  const input = shadow(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event(type, {bubbles: true, composed: true}));
}

/** 30 May 2026, 10:00 local time. */
const NOW = () => new Date(2026, 4, 30, 10);

describe('ms-appointment-prep next to ms-mood-color', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('follows a colour diary on the same page through its store, never its page content', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><ms-mood-color persist></ms-mood-color></div>`);
    const mood = wrapper.querySelector<MsMoodColor>('ms-mood-color')!;
    mood.now = NOW;
    const el = document.createElement('ms-appointment-prep');
    el.now = NOW;
    el.persist = true;
    wrapper.append(el);
    await settle(el);
    expect(items(panel(el))).to.deep.equal([]);
    // The diary loads its own code with `persist`: wait for its colours, not only for the sheet.
    await waitUntil(() => shadow(mood).querySelector('input[value="charcoal"]'), 'the colour diary');
    shadow(mood).querySelector<HTMLInputElement>('input[value="charcoal"]')!.click();
    await settle(el);
    expect(items(panel(el))).to.deep.equal(['Charcoal: 1 day']);
  });

  it('deletes everything the library stored after a confirmation, and the page’s widgets forget too', async () => {
    seed();
    localStorage.setItem('ms-widgets:journal-prompts', JSON.stringify({v: 1, data: {}}));
    localStorage.setItem('host-page-setting', 'keep');
    const wrapper = await fixture<HTMLElement>(html`<div><ms-mood-color persist></ms-mood-color></div>`);
    const mood = wrapper.querySelector<MsMoodColor>('ms-mood-color')!;
    mood.now = NOW;
    const el = document.createElement('ms-appointment-prep');
    el.now = NOW;
    el.persist = true;
    wrapper.append(el);
    await settle(el);
    write(el, 'changes', 'I feel flat');
    await el.updateComplete;

    const forget = button(el, 'Delete everything saved on this device')!;
    forget.focus();
    forget.click();
    await waitUntil(() => shadow(el).querySelector('#forget-q'), 'the delete question');
    await settle(el);
    const confirm = shadow(el).querySelector('#forget-q')!.closest('[role="group"]')!;
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(confirm.textContent).to.contain('You cannot undo this.');
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('No, keep it');
    await sendKeys({press: 'Escape'});
    await settle(el);
    expect(shadow(el).querySelector('#forget-q')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(forget);
    expect(localStorage.length).to.equal(5);

    forget.click();
    await settle(el);
    button(el, 'Yes, delete everything')!.click();
    await settle(el);
    expect(Object.keys(localStorage)).to.deep.equal(['host-page-setting']);
    expect(shadow(el).querySelector<HTMLTextAreaElement>('[name="changes"]')!.value).to.equal('');
    expect(shadow(el).querySelector('.visually-hidden[role="status"]')!.textContent!.trim()).to.equal(
      'Everything these tools saved in this browser is deleted.'
    );
    expect(text(panel(el))).to.contain('Nothing was saved');
    await settle(mood);
    expect(shadow(mood).querySelectorAll('li.day')).to.have.length(0);
    // A later pick is saved fresh; the deleted days do not come back.
    shadow(mood).querySelector<HTMLInputElement>('input[value="green"]')!.click();
    await settle(mood);
    expect(Object.keys(JSON.parse(localStorage.getItem('ms-widgets:mood-color')!).data)).to.deep.equal(['2026-05-30']);
  });

});
