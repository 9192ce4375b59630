/**
 * The crisis help part in every widget that shows it: with no region in the
 * language and no `country`, a labelled chooser leads to the numbers in one
 * step, in the widget's language; the choice is kept only with `persist`.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../widgets/crisis-help/define.js';
import '../../widgets/warning-signs/define.js';
import '../../widgets/appointment-prep/define.js';
import {captureWarnings, withWarnings} from '../../../test/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void};
const KEY = 'ms-widgets:crisis-country';
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function render(tag: string, lang: string, attrs = ''): Promise<Widget> {
  const page = await fixture<HTMLElement>(html`<div></div>`);
  page.lang = lang;
  page.append(document.createRange().createContextualFragment(`<${tag} ${attrs}></${tag}>`));
  const el = page.querySelector<Widget>(tag)!;
  await el.updateComplete;
  await settled(el);
  return el;
}

/** The crisis lines load right after the first paint: wait until their boxes are filled. */
const settled = (el: Widget) => waitUntil(() => !el.shadowRoot!.querySelector('.pending'), 'the crisis lines to load');

async function choose(el: Widget, code: string): Promise<void> {
  const select = el.shadowRoot!.querySelector('select')!;
  select.value = code;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
  await settled(el);
}

const telLinks = (el: Widget) => [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

describe('crisis help: the country chooser', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  after(() => localStorage.removeItem(KEY));

  for (const tag of ['ms-crisis-help', 'ms-warning-signs', 'ms-appointment-prep']) {
    it(`${tag} with lang="en" and no country: a labelled chooser; choosing GB shows 116 123`, async () => {
      const el = await render(tag, 'en');
      const select = el.shadowRoot!.querySelector('select')!;
      expect(select, 'chooser').to.exist;
      expect(text(select.labels?.[0]), 'label').to.equal('Your country:');
      const names = [...select.options].map((o) => o.textContent!.trim());
      expect(names[0], 'short, so the closed list shows it whole at 200 % text').to.equal('Choose');
      expect(names).to.include('United Kingdom').and.include('Lebanon').and.include('New Zealand');
      expect(telLinks(el), 'no country yet: no numbers').to.deep.equal([]);
      expect(text(el.shadowRoot!.querySelector('[part="crisis"], [part="emergency"]'))).to.contain('local emergency number');

      const before = select.getBoundingClientRect();
      await choose(el, 'GB');
      expect(telLinks(el)).to.include('tel:999').and.include('tel:116123');
      expect(text(el.shadowRoot!.querySelector('a[href="tel:116123"]'))).to.contain('116 123');
      const after = el.shadowRoot!.querySelector('select')!.getBoundingClientRect();
      expect(Math.abs(after.top - before.top), 'the chooser stays put').to.be.at.most(1);
      expect(Math.abs(after.left - before.left), 'the chooser stays put').to.be.at.most(1);
      expect(localStorage.getItem(KEY), 'nothing stored without persist').to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('names the countries in the widget’s language, sorted for it', async () => {
    const fr = await render('ms-crisis-help', 'fr');
    const frNames = [...fr.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(frNames[0]).to.equal('Choisir');
    expect(frNames).to.include('Royaume-Uni').and.include('Allemagne');
    const sorted = frNames.slice(1);
    expect(sorted).to.deep.equal([...sorted].sort(new Intl.Collator('fr').compare));

    const ar = await render('ms-warning-signs', 'ar');
    const arNames = [...ar.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(arNames).to.include('لبنان').and.include('الإمارات العربية المتحدة');
    await choose(ar, 'LB');
    expect(telLinks(ar)).to.include('tel:112').and.include('tel:1564');
  });

  it('an Arabic page reaches Arabic-speaking countries: Lebanon, the Emirates, Qatar, Egypt', async () => {
    const el = await render('ms-crisis-help', 'ar');
    for (const [code, numbers] of [
      ['LB', ['tel:112', 'tel:140', 'tel:1564']],
      ['AE', ['tel:999', 'tel:998', 'tel:8004673']],
      ['QA', ['tel:999', 'tel:16000']],
      ['EG', ['tel:122', 'tel:123']],
    ] as const) {
      await choose(el, code);
      expect(telLinks(el), code).to.deep.equal([...numbers]);
    }
  });

  it('keeps the choice only with persist, for every widget with crisis help', async () => {
    const kept = await render('ms-crisis-help', 'en', 'persist');
    await choose(kept, 'NZ');
    // With persist, the storage code loads on demand.
    await waitUntil(() => localStorage.getItem(KEY), 'the choice is saved');
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({v: 1, data: 'NZ'});
    const again = await render('ms-warning-signs', 'en', 'persist');
    await waitUntil(() => telLinks(again).includes('tel:1737'), 'the saved choice is shown');
    expect(telLinks(again)).to.include('tel:111');
    const without = await render('ms-appointment-prep', 'en');
    expect(telLinks(without), 'without persist nothing is read').to.deep.equal([]);
  });

  it('a saved value that is not a country in the table is dropped with a warning, never thrown on', async () => {
    for (const data of ['constructor', 'toString', 'XX']) {
      localStorage.setItem(KEY, JSON.stringify({v: 1, data}));
      const {result: el, warnings} = await withWarnings(() => render('ms-crisis-help', 'en', 'persist'));
      await new Promise((r) => setTimeout(r, 50));
      expect(warnings.join(), data).to.contain('unexpected shape');
      expect(el.shadowRoot!.querySelector('select')!.value, data).to.equal('');
      expect(text(el.shadowRoot!.querySelector('.crisis')), data).to.contain('call your local emergency number');
    }
  });

  it('the page region selects the country, and the reader can still change it', async () => {
    const el = await render('ms-appointment-prep', 'en-GB');
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('GB');
    expect(telLinks(el)).to.include('tel:116123');
    await choose(el, 'IE');
    expect(telLinks(el)).to.include('tel:112');
  });

  it('a country set by the host shows its numbers with no chooser; a bad one warns once', async () => {
    const set = await render('ms-warning-signs', 'en', 'country="AT"');
    expect(set.shadowRoot!.querySelector('select')).to.equal(null);
    expect(telLinks(set)).to.include('tel:112').and.include('tel:142');
    const capture = captureWarnings();
    let bad: Widget;
    try {
      bad = await render('ms-appointment-prep', 'en', 'country="Narnia"');
      // Warned once the crisis lines (which hold its words) are here; more renders add no second warning.
      await waitUntil(() => capture.messages.some((w) => w.includes('"country"="Narnia"')), 'the warning');
      bad.requestUpdate();
      await bad.updateComplete;
    } finally {
      capture.restore();
    }
    const warnings = capture.messages;
    expect(warnings.filter((w) => w.includes('"country"="Narnia"'))).to.have.length(1);
    expect(warnings[0]).to.contain('<ms-appointment-prep>');
    expect(bad.shadowRoot!.querySelector('select')).to.exist;
  });

  it('writes checked-on dates in the page’s region', async () => {
    const gb = await render('ms-crisis-help', 'en-GB');
    expect(text(gb.shadowRoot!.querySelector('[part="line"]'))).to.contain('Number checked on 26 November 2026.');
    const us = await render('ms-crisis-help', 'en-US');
    expect(text(us.shadowRoot!.querySelector('[part="line"]'))).to.contain('Number checked on November 26, 2026.');
  });
});
