/**
 * Parts of the sheet loaded after its first paint: the offer to add the
 * warning signs ticked on the page (once a checklist is heard of) and the
 * "are you sure?" questions (once a delete button is shown). This file plays
 * the reader's path when that code cannot be loaded (offline) and when it
 * arrives later. Its own file: each module is cached for the page once loaded.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import './define.js';
import type {MsAppointmentPrep} from './appointment-prep.js';
import {confirmSource, signsSource} from './lazy.js';
import {box, button, captureDownloads, fill, shadow, write} from './appointment-prep.fixture.js';

const realLoad = signsSource.load;
const realConfirm = confirmSource.load;
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
const tick = (checked: string[], texts: string[]) =>
  document.dispatchEvent(new CustomEvent('ms-warning-signs-change', {detail: {checked, texts, count: checked.length, total: 6}}));

// First: any sheet with notes fetches the question (the signs test writes notes).
describe('ms-appointment-prep when its delete question cannot be loaded', () => {
  beforeEach(() => localStorage.clear());
  after(() => {
    confirmSource.load = realConfirm;
    localStorage.clear();
  });

  it('deletes nothing and says so, in the sheet’s language, then asks once the code can be loaded', async () => {
    confirmSource.load = offline;
    const page = await fixture<HTMLElement>(html`<div lang="fr"><ms-appointment-prep persist></ms-appointment-prep></div>`);
    const el = page.querySelector<MsAppointmentPrep>('ms-appointment-prep')!;
    await el.updateComplete;
    await fill(el);
    const clear = button(el, 'Effacer mes notes')!;
    clear.click();
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'the line saying it could not load');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.equal(
      'Rien n’a été supprimé. Cette partie n’a pas pu se charger. Vérifiez votre connexion et réessayez.'
    );
    expect(shadow(el).querySelector('[part="confirm"]')).to.equal(null);
    expect(shadow(el).querySelector<HTMLTextAreaElement>('[name="changes"]')!.value).to.contain('Now I feel blank.');
    expect(box(el, 'med:baclofen').checked).to.equal(true);
    expect(localStorage.getItem('ms-widgets:appointment-prep')).to.contain('Dr Patel');

    // Back online: the same button asks, with the safe choice focused, and the line goes.
    confirmSource.load = realConfirm;
    clear.click();
    await waitUntil(() => shadow(el).querySelector('[part="confirm"]'), 'the question');
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(shadow(el).activeElement?.textContent!.trim()).to.equal('Non, garder');
    // The question has its warning styles (adopted when its code arrived).
    // (A panel alone has a 1 px border; the question's start border is 0.5em.)
    expect(parseFloat(getComputedStyle(shadow(el).querySelector('[part="confirm"]')!).borderInlineStartWidth)).to.be.above(4);
  });
});

describe('ms-appointment-prep when the ticked signs offer cannot be loaded', () => {
  after(() => (signsSource.load = realLoad));

  it('offers nothing and keeps working offline, and offers the signs once the code can be loaded', async () => {
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent) => errors.push(e.reason);
    window.addEventListener('unhandledrejection', onError);
    let tries = 0;
    signsSource.load = () => {
      tries++;
      return offline();
    };
    const downloads = captureDownloads();
    try {
      const page = await fixture<HTMLElement>(html`<div lang="fr"><ms-appointment-prep></ms-appointment-prep></div>`);
      const el = page.querySelector<MsAppointmentPrep>('ms-appointment-prep')!;
      await el.updateComplete;
      tick(['crying'], ['I can’t cry, even when I am upset.']);
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(tries).to.equal(1);
      expect(shadow(el).querySelector('[part="signs"]')).to.equal(null);
      // The rest of the sheet works: what the reader writes is kept and downloaded.
      write(el, 'changes', 'Plat');
      await el.updateComplete;
      expect(await el.download()!.text()).to.contain('- Plat');
      expect(shadow(el).querySelector<HTMLTextAreaElement>('[name="changes"]')!.value).to.equal('Plat');

      // Back online: the next change of the checklist loads the offer, in the sheet's language.
      signsSource.load = realLoad;
      tick(['crying', 'hobbies'], ['I can’t cry, even when I am upset.', 'I have stopped enjoying my favourite hobbies.']);
      await waitUntil(() => shadow(el).querySelector('[part="signs"]'), 'the offer, once its code is here');
      const offer = shadow(el).querySelector('[part="signs"]')!;
      expect(offer.querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Ajouter les 2 signes d’alerte que j’ai cochés sur cette page'
      );
      expect([...offer.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
        'Je n’arrive pas à pleurer, même quand j’ai de la peine.',
        'Je n’ai plus de plaisir à faire mes loisirs préférés.',
      ]);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onError);
      downloads.restore();
    }
  });
});
