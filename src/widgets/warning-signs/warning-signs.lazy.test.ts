/**
 * The checklist's later parts (issue 18): the result panel's explanation and
 * next steps arrive right after the first paint, and what only `persist`
 * needs arrives with the storage code. The panel's safety lines never wait:
 * offline, a ticked sign still shows "This is not a diagnosis", the doctor or
 * therapist, and the crisis number, in the reader's language.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import './define.js';
import {warningSignsParts, type MsWarningSigns} from './warning-signs.js';
import {crisisDetails} from '../../parts/crisis-help/country.js';
import {KEY, boxes, result, isShown} from './warning-signs.fixture.js';

const realResult = warningSignsParts.result;
const realKept = warningSignsParts.kept;
const realHostList = warningSignsParts.hostList;
const realDetails = crisisDetails.load;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const telLinks = (el: Element) => [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

/** The widget once it has painted, without waiting for updateComplete (it waits for the later parts). */
async function painted(lang: string, attrs = ''): Promise<MsWarningSigns> {
  const page = await fixture<HTMLElement>(html`<div></div>`);
  page.lang = lang;
  page.append(document.createRange().createContextualFragment(`<ms-warning-signs ${attrs}></ms-warning-signs>`));
  const el = page.querySelector<MsWarningSigns>('ms-warning-signs')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part="result"]') && !el.shadowRoot.querySelector('.pending'), 'the first paint');
  return el;
}

const SAFETY = {
  en: ['What this might mean', 'This is not a diagnosis. A doctor or therapist can help you find out what is going on.'],
  fr: ['Ce que cela pourrait vouloir dire', 'Ce n’est pas un diagnostic. Un médecin ou un thérapeute peut vous aider à comprendre ce qui se passe.'],
};

describe('ms-warning-signs: the parts that come after the first paint', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    warningSignsParts.result = realResult;
    warningSignsParts.kept = realKept;
    warningSignsParts.hostList = realHostList;
    localStorage.clear();
  });

  for (const [lang, [heading, safety]] of Object.entries(SAFETY)) {
    it(`${lang}, offline: a ticked sign still points to a doctor and a real crisis number; nothing throws`, async () => {
      let asked = 0;
      warningSignsParts.result = () => {
        asked++;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      };
      crisisDetails.load = () => Promise.reject(new TypeError('offline'));
      try {
        const el = await painted(`${lang}-GB`);
        await waitUntil(() => asked === 1, 'the text is asked for right after the first paint');
        boxes(el)[1]!.click();
        await el.updateComplete;
        const panel = result(el);
        expect(isShown(panel)).to.equal(true);
        expect([...panel.children].map(text)).to.deep.equal([heading, safety]);
        expect(asked, 'ticking asks again').to.equal(2);
        expect(telLinks(el), 'the crisis number').to.deep.equal(['tel:999']);
        await expect(el).to.be.accessible();
      } finally {
        crisisDetails.load = realDetails;
      }
    });
  }

  it('the text arrives right after the first paint, before the reader ticks, in their language', async () => {
    let release!: () => void;
    warningSignsParts.result = () => new Promise((resolve) => (release = () => resolve(realResult())));
    const el = await painted('fr-FR');
    expect(isShown(result(el)), 'hidden until a sign is ticked').to.equal(false);
    await waitUntil(() => release, 'the text is asked for without any interaction');
    release();
    await el.updateComplete;
    boxes(el)[0]!.click();
    await el.updateComplete;
    const panel = text(result(el));
    expect(panel).to.contain('Ce n’est pas un diagnostic.');
    expect(result(el).querySelectorAll('h3')).to.have.length(2);
    expect(result(el).querySelectorAll('ol > li')).to.have.length(2);
    expect(result(el).querySelectorAll('ol ul > li')).to.have.length(3);
    expect(panel, 'no English left').not.to.contain('What you can do next');
  });

  it('printing before the printed page’s code is here: the job comes at once, and the page is printed once it arrives', async () => {
    let release!: () => void;
    warningSignsParts.result = () => new Promise((resolve) => (release = () => resolve(realResult())));
    const el = await painted('en-GB');
    await waitUntil(() => release, 'the code is asked for');
    boxes(el)[3]!.click();
    let printed = '';
    const job = el.printSummary((win) => (printed = win.document.body.textContent ?? ''));
    expect(job.document.querySelector('h1'), 'not made yet').to.equal(null);
    expect(document.querySelectorAll('iframe')).to.have.length(1);
    release();
    await job.done;
    expect(printed).to.contain('Warning signs I have noticed').and.contain('I can’t cry, even when I am upset.').and.contain('call 999');
    expect(printed, 'the sign it was asked with, no other').not.to.contain('I pull away from people');
    expect(document.querySelector('iframe')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  for (const [lang, said] of [
    ['en', 'Nothing was printed. This could not load. Check your connection and try again.'],
    ['fr', 'Rien n’a été imprimé. Cette partie n’a pas pu se charger. Vérifiez votre connexion et réessayez.'],
  ]) {
    it(`${lang}, offline: the Print button prints nothing and says why, in the reader’s language; a later try works`, async () => {
      warningSignsParts.result = () => Promise.reject(new TypeError('offline'));
      const el = await painted(`${lang}-GB`);
      let prints = 0;
      const job = el.printSummary(() => prints++);
      await job.done;
      await el.updateComplete;
      expect(prints).to.equal(0);
      expect(document.querySelector('iframe'), 'the frame is removed').to.equal(null);
      expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal(said);
      await expect(el).to.be.accessible();

      warningSignsParts.result = realResult;
      await el.printSummary(() => prints++).done;
      await el.updateComplete;
      expect(prints).to.equal(1);
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the line goes').to.equal(null);
    });
  }

  it('with persist and saved ticks, the first render already has the whole panel (nothing grows after it)', async () => {
    localStorage.setItem(KEY, JSON.stringify({v: 1, data: {list: 'article', checked: ['crying']}}));
    let asked = 0;
    warningSignsParts.result = () => {
      asked++;
      return realResult();
    };
    const page = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
    page.append(document.createRange().createContextualFragment('<ms-warning-signs persist></ms-warning-signs>'));
    const el = page.querySelector<MsWarningSigns>('ms-warning-signs')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part="result"]'), 'the first render');
    const firstRender = text(result(el));
    expect(asked).to.equal(1);
    expect(isShown(result(el))).to.equal(true);
    expect(firstRender).to.contain('What you can do next').and.contain('This may be emotional blunting');
    await el.updateComplete;
    expect(text(result(el))).to.equal(firstRender);
  });

  it('with persist, if its code cannot load: one warning, the ticks work, nothing is kept, the reader is told', async () => {
    warningSignsParts.kept = () => Promise.reject(new TypeError('offline'));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`);
      boxes(el)[2]!.click();
      await el.updateComplete;
      expect(el.checked).to.deep.equal(['indifference']);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(warnings.filter((w) => w.includes('<ms-warning-signs>'))).to.have.length(1);
      expect(text(el.shadowRoot!.querySelector('[part="privacy"]'))).to.contain('could not save them');
    } finally {
      console.warn = warn;
    }
  });
  it('a host list: the first render waits for its reader, so the article’s signs never show first', async () => {
    let release!: () => void;
    warningSignsParts.hostList = () => new Promise((resolve) => (release = () => resolve(realHostList())));
    const page = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
    page.append(document.createRange().createContextualFragment('<ms-warning-signs><ul><li>Our sign</li></ul></ms-warning-signs>'));
    const el = page.querySelector<MsWarningSigns>('ms-warning-signs')!;
    await waitUntil(() => release, 'the reader is asked for');
    await new Promise((r) => setTimeout(r, 50));
    expect(boxes(el), 'nothing rendered yet').to.have.length(0);
    release();
    await el.updateComplete;
    expect(boxes(el).map((box) => text(box.labels![0]))).to.deep.equal(['Our sign']);
  });

  for (const [lang, title] of [
    ['en', 'Warning signs to watch for'],
    ['fr', 'Signes d’alerte à surveiller'],
  ]) {
    it(`${lang}, offline: the host’s own list is shown as it is, with the title, the doctor and the crisis number`, async () => {
      warningSignsParts.hostList = () => Promise.reject(new TypeError('offline'));
      const page = await fixture<HTMLElement>(html`<div></div>`);
      page.lang = `${lang}-GB`;
      page.append(document.createRange().createContextualFragment('<ms-warning-signs><ol><li>Our first sign</li><li>Our second sign</li></ol></ms-warning-signs>'));
      const el = page.querySelector<MsWarningSigns>('ms-warning-signs')!;
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(text(root.querySelector('.heading'))).to.equal(title);
      expect(root.querySelector('slot')!.hidden, 'the host list shows through its slot').to.equal(false);
      expect(el.querySelector('ol')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(isShown(root.querySelector('fieldset')!), 'no checklist of other signs').to.equal(false);
      expect(isShown(root.querySelector('[role="status"]')!), 'no count of signs that are not shown').to.equal(false);
      expect(telLinks(el), 'the crisis number').to.deep.equal(['tel:999']);
      expect(text(root)).not.to.contain('undefined').and.not.contain('NaN');
      await expect(el).to.be.accessible();
    });
  }
});
