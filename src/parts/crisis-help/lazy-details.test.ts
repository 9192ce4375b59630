/**
 * The crisis help's first paint (issue 18): a real emergency number at once,
 * before the crisis lines have loaded; their room is kept meanwhile; and if
 * they cannot load (offline), the emergency number stays, with the advice to
 * talk to a doctor or a local crisis line, and nothing throws.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../widgets/crisis-help/define.js';
import '../../widgets/warning-signs/define.js';
import '../../widgets/appointment-prep/define.js';
import {crisisDetails, type CrisisDetails} from './country.js';
import {captureWarnings, withWarnings} from '../../../test/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void};
const realLoad = crisisDetails.load;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const telLinks = (el: Widget) => [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

/** Holds the crisis lines back until `release()`; counts the loads. */
function holdDetails() {
  const held = {calls: 0, release: async () => {}};
  let resolve: ((details: CrisisDetails) => void) | undefined;
  crisisDetails.load = () => {
    held.calls++;
    return new Promise((r) => (resolve = r));
  };
  held.release = async () => {
    await waitUntil(() => resolve, 'the crisis lines to be asked for');
    resolve!(await realLoad());
  };
  return held;
}

/** The widget's first paint, without waiting for updateComplete (ms-crisis-help's waits for the lines). */
async function firstPaint(tag: string, lang: string, attrs = '', width = 1000): Promise<Widget> {
  const page = await fixture<HTMLElement>(html`<div style=${`inline-size:${width}px`}></div>`);
  page.lang = lang;
  page.append(document.createRange().createContextualFragment(`<${tag} ${attrs}></${tag}>`));
  const el = page.querySelector<Widget>(tag)!;
  await waitUntil(() => el.shadowRoot?.querySelector('.crisis'), 'the first paint');
  return el;
}

describe('crisis help: the first paint, before the crisis lines have loaded', () => {
  afterEach(() => (crisisDetails.load = realLoad));

  for (const tag of ['ms-crisis-help', 'ms-warning-signs', 'ms-appointment-prep']) {
    it(`${tag}: a real emergency number at once; the line follows right after, in the room kept for it`, async () => {
      const held = holdDetails();
      const el = await firstPaint(tag, 'en-GB');
      expect(telLinks(el), 'the emergency number is there before the lines').to.deep.equal(['tel:999']);
      expect(el.shadowRoot!.querySelectorAll('.pending'), 'room kept for the one line').to.have.length(1);
      await expect(el).to.be.accessible();
      const before = el.getBoundingClientRect().height;
      await waitUntil(() => held.calls === 1, 'the lines are asked for right after the first paint');
      await held.release();
      await waitUntil(() => telLinks(el).includes('tel:116123'), 'Samaritans');
      expect(telLinks(el)[0], 'the emergency number stays first').to.equal('tel:999');
      expect(el.shadowRoot!.querySelector('.pending')).to.equal(null);
      const after = el.getBoundingClientRect().height;
      expect(Math.abs(after - before), `${tag} grew from ${before} to ${after} px`).to.be.at.most(30);
    });
  }

  it('offline: the card keeps the emergency number and says to talk to a doctor or a local crisis line; choosing again retries', async () => {
    crisisDetails.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await firstPaint('ms-crisis-help', 'de-DE', 'lang="de-DE"');
    await waitUntil(() => !el.shadowRoot!.querySelector('.pending'), 'the failed load to be seen');
    await el.updateComplete;
    expect(telLinks(el)).to.deep.equal(['tel:112']);
    expect(text(el.shadowRoot!.querySelector('.crisis'))).to.contain('112');
    expect(el.shadowRoot!.querySelectorAll('[part="line"]')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.lines'), 'no empty list').to.equal(null);
    await expect(el).to.be.accessible();

    crisisDetails.load = realLoad;
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'AT';
    select.dispatchEvent(new Event('change', {bubbles: true}));
    await waitUntil(() => telLinks(el).includes('tel:142'), 'the lines load when the reader chooses');
    expect(telLinks(el).slice(0, 2)).to.deep.equal(['tel:112', 'tel:144']);
  });

  it('offline, in English: the card says to talk to a doctor, an MS nurse or a crisis line', async () => {
    crisisDetails.load = () => Promise.reject(new TypeError('offline'));
    const el = await firstPaint('ms-crisis-help', 'en-GB');
    await el.updateComplete;
    expect(telLinks(el)).to.deep.equal(['tel:999']);
    expect(text(el.shadowRoot!.querySelector('.crisis'))).to.contain('You can also talk to your doctor, your MS nurse or a crisis line where you live.');
  });

  it('lines that arrive while the widget is off the page are there when it is put back', async () => {
    const held = holdDetails();
    const el = await firstPaint('ms-warning-signs', 'en-GB');
    const page = el.parentElement!;
    await waitUntil(() => held.calls === 1, 'the lines are asked for');
    // The widget's own later part (the result panel's text, asked for at the same
    // time) renders when it arrives, also off the page, and would show lines
    // released meanwhile: let it arrive first (slow engines fetched it after the
    // removal, so the widget updated off the page).
    await el.updateComplete;
    el.remove();
    await held.release();
    await new Promise((r) => setTimeout(r, 50));
    expect(telLinks(el), 'no update while off the page').to.deep.equal(['tel:999']);
    page.append(el);
    // A slow engine on a busy machine can take more than the default second.
    await waitUntil(() => telLinks(el).includes('tel:116123'), 'Samaritans, once back on the page', {timeout: 5000});
  });

  it('a bad country warns once, when the crisis lines arrive; offline, a shorter warning; the numbers never wait for it', async () => {
    const held = holdDetails();
    const {result: el, warnings} = await withWarnings(() => firstPaint('ms-crisis-help', 'en-GB', 'country="Narnia"'));
    expect(el.shadowRoot!.querySelectorAll('.pending'), 'the lines have not arrived').to.have.length(1);
    expect(telLinks(el), 'the page language gives the numbers at once').to.deep.equal(['tel:999']);
    const later = await withWarnings(async () => {
      await held.release();
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect([...warnings, ...later.warnings].filter((w) => w.includes('"country"'))).to.deep.equal([
      '<ms-crisis-help> attribute "country"="Narnia": expected a two-letter country code (ISO 3166), such as "GB". Using the page language instead.',
    ]);

    for (const tag of ['ms-crisis-help', 'ms-warning-signs', 'ms-appointment-prep']) {
      for (const [details, said] of [
        [realLoad, 'has no crisis lines in this widget yet. It says to call the local emergency number; add a line with line-name and line-phone.'],
        [() => Promise.reject(new TypeError('offline')), 'is not a country this widget has crisis lines for.'],
      ] as const) {
        crisisDetails.load = details;
        const capture = captureWarnings();
        try {
          const widget = await firstPaint(tag, 'de-DE', 'country="jp"');
          expect(telLinks(widget), `${tag}: a real country without data gives the general advice at once, no other country's number`).to.deep.equal([]);
          // No room is kept (no lines for the general advice): the warning says when the lines arrived or failed.
          await waitUntil(() => capture.messages.some((w) => w.includes('"country"')), `${tag}: the warning`, {timeout: 5000});
          widget.requestUpdate();
          await widget.updateComplete;
          expect(capture.messages.filter((w) => w.includes('"country"')), tag).to.deep.equal([`<${tag}> attribute "country"="jp": ${said}`]);
          expect(telLinks(widget), tag).to.deep.equal([]);
        } finally {
          capture.restore();
        }
      }
    }
  });

  for (const tag of ['ms-warning-signs', 'ms-appointment-prep']) {
    it(`${tag} offline: the one-line help keeps the emergency number, with no empty room`, async () => {
      crisisDetails.load = () => Promise.reject(new TypeError('offline'));
      const el = await firstPaint(tag, 'fr-FR');
      await waitUntil(() => !el.shadowRoot!.querySelector('.pending'), 'the failed load to be seen');
      expect(telLinks(el)).to.deep.equal(['tel:112']);
      expect(text(el.shadowRoot!.querySelector('[part="crisis"]'))).to.contain('112');
    });
  }
});
