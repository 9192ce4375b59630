/**
 * The offer to add the warning signs ticked on the page is loaded once a
 * checklist is heard of. This file plays the reader's path when that code
 * cannot be loaded (offline) and when it arrives later. Its own file: the
 * module is cached for the page once loaded.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import './define.js';
import type {MsAppointmentPrep} from './appointment-prep.js';
import {signsSource} from './lazy.js';
import {captureDownloads, shadow, write} from './appointment-prep.fixture.js';

const realLoad = signsSource.load;
const tick = (checked: string[], texts: string[]) =>
  document.dispatchEvent(new CustomEvent('ms-warning-signs-change', {detail: {checked, texts, count: checked.length, total: 6}}));

describe('ms-appointment-prep when the ticked signs offer cannot be loaded', () => {
  after(() => (signsSource.load = realLoad));

  it('offers nothing and keeps working offline, and offers the signs once the code can be loaded', async () => {
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent) => errors.push(e.reason);
    window.addEventListener('unhandledrejection', onError);
    let tries = 0;
    signsSource.load = () => {
      tries++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
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
