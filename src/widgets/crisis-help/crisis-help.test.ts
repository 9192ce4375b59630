import {expect, fixture, html} from '@open-wc/testing';
import './define.js';
import type {MsCrisisHelp} from './crisis-help.js';
import {countryLines, HELPLINES, phoneHref} from '../../content/helplines.js';
import {expectAccessibleInAllThemes, shadowText, withWarnings} from '../../../test/helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
/** Text without the invisible direction isolates around numbers. */
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const links = (el: Element) =>
  [...shadow(el).querySelectorAll('a')].map((a) => ({href: a.getAttribute('href')!, text: text(a)}));

async function crisis(attrs: string, wrapperLang?: string): Promise<MsCrisisHelp> {
  const wrapper = document.createElement('div');
  if (wrapperLang) wrapper.lang = wrapperLang;
  // Attributes come from the test itself, never from users.
  wrapper.append(document.createRange().createContextualFragment(`<ms-crisis-help ${attrs}></ms-crisis-help>`));
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  page.append(wrapper);
  const el = wrapper.querySelector('ms-crisis-help')!;
  await el.updateComplete;
  return el;
}

describe('ms-crisis-help', () => {
  it('shows the emergency number first, then the crisis lines, for every country in the data', async () => {
    const long = new Intl.DateTimeFormat('en', {dateStyle: 'long', timeZone: 'UTC'});
    for (const [code, help] of Object.entries(HELPLINES)) {
      const el = await crisis(`country="${code}"`);
      expect(el.shownCountry, code).to.equal(code);
      const all = links(el);
      // The emergency numbers come first, as calls.
      help.emergency.forEach((n, i) => {
        expect(all[i], code).to.deep.equal({href: `tel:${n}`, text: `Call ${n}`});
      });
      const emergency = shadow(el).querySelector('[part="emergency"]')!;
      expect(emergency.querySelector('a.button:not(.secondary)'), code).to.exist;
      // The lines: human format shown, digits only in the link.
      const expected = countryLines(help);
      const shown = [...shadow(el).querySelectorAll('[part="line"]')];
      expect(shown, code).to.have.length(expected.length);
      expected.forEach((data, i) => {
        const line = shown[i]!;
        expect(text(line.querySelector('.name')), code).to.equal(data.name ?? 'Crisis line');
        for (const phone of data.phones) {
          const link = [...line.querySelectorAll('a')].find((a) => a.getAttribute('href') === phoneHref('tel:', phone));
          expect(link, `${code} ${phone}`).to.exist;
          expect(text(link), code).to.equal(`Call ${phone}`);
        }
        for (const number of data.texts ?? []) {
          const link = line.querySelector(`a[href="sms:${number.replace(/\D/g, '')}"]`);
          expect(text(link), code).to.equal(`Text ${number}`);
        }
        // "24 hours" only where the data says so; lines that are not always open say so.
        expect(text(line).includes('24 hours a day'), code).to.equal(!!data.open24h);
        expect(text(line).includes('At other times, if you are in danger, call the emergency number.'), code).to.equal(
          !!(data.hours || data.notAlways)
        );
        expect(text(line), code).not.to.contain('24/7');
        expect(text(line), code).to.contain(`Number checked on ${long.format(new Date(`${data.verified}T00:00:00Z`))}.`);
      });
      // Where no line could be verified: the emergency number and the general advice, never a guessed line.
      if (!expected.length) expect(shadowText(el), code).to.contain('You can also talk to your doctor');
      for (const a of all) expect(a.href, code).to.match(/^(tel:\*?\d+|sms:\d+|https:\/\/.+)$/);
      expect(text(shadow(el).querySelector('[part="note"]')), code).to.contain('In another country, call the local emergency number.');
      // The host chose the country: no chooser.
      expect(shadow(el).querySelector('select'), code).to.equal(null);
    }
  });

  it('gives the facts the data holds: hours for Telefono Amico, texts, chat, languages, medical emergency', async () => {
    const italy = await crisis('country="IT"');
    expect(shadowText(italy)).to.contain('Telefono Amico').and.contain('Open from 10:00 to 24:00, not through the night.');
    expect(shadowText(italy)).not.to.contain('24 hours a day');
    expect(links(italy).map((l) => l.href)).to.deep.equal(['tel:112', 'tel:0223272327']);

    const au = await crisis('country="AU"');
    expect(links(au)).to.deep.include({href: 'sms:0477131114', text: 'Text 0477 13 11 14'});
    expect(links(au)[0]).to.deep.equal({href: 'tel:000', text: 'Call 000'});

    const us = await crisis('country="US"');
    expect(links(us)).to.deep.include({href: 'sms:988', text: 'Text 988'});
    expect(links(us)).to.deep.include({href: 'https://988lifeline.org/', text: 'Chat online at 988lifeline.org'});

    const ca = await crisis('country="CA"');
    expect(shadowText(ca)).to.contain('Languages: English and French.');

    const fr = await crisis('country="FR"');
    expect(links(fr).slice(0, 2)).to.deep.equal([
      {href: 'tel:112', text: 'Call 112'},
      {href: 'tel:15', text: 'Call 15 for a medical emergency'},
    ]);

    const de = await crisis('country="de"');
    expect(links(de).map((l) => l.href)).to.deep.equal(['tel:112', 'tel:08001110111', 'tel:08001110222']);
    expect(shadowText(de)).to.contain('Free to call.').and.contain('You do not have to give your name.');

    const ie = await crisis('country="IE"');
    expect(links(ie).slice(0, 2).map((l) => l.text)).to.deep.equal(['Call 112', 'Call 999']);
    expect(shadow(ie).querySelector('[part="note"]')!.textContent).to.contain('Ireland');
  });

  it('takes the country from the region of the language', async () => {
    const el = await crisis('', 'en-GB');
    expect(el.shownCountry).to.equal('GB');
    expect(links(el)[0]).to.deep.equal({href: 'tel:999', text: 'Call 999'});
    expect(shadowText(el)).to.contain('Samaritans');
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('en');

    expect((await crisis('', 'en-AU')).shownCountry).to.equal('AU');
    expect((await crisis('lang="en_CA"')).shownCountry).to.equal('CA');
    // The attribute wins over the language.
    expect((await crisis('country="IE"', 'en-GB')).shownCountry).to.equal('IE');
  });

  it('finds the page region when it sits inside another widget that sets only the language', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en-GB"><div class="outer"></div></div>`);
    const root = page.querySelector('.outer')!.attachShadow({mode: 'open'});
    const base = document.createElement('div');
    base.lang = 'en';
    base.append(document.createElement('ms-crisis-help'));
    root.append(base);
    const el = base.querySelector('ms-crisis-help')!;
    el.variant = 'inline';
    await el.updateComplete;
    expect(el.shownCountry).to.equal('GB');
    expect(links(el).map((l) => l.text)).to.deep.equal(['Emergency 999', 'Samaritans: 116 123']);
  });

  it('says to call the local emergency number when it does not know the country', async () => {
    // es-419 (Latin America) is a region, not a country: the Spanish widget says the same.
    const expected: Record<string, string> = {
      en: 'call your local emergency number',
      'es-419': 'llama al número de emergencias de tu zona',
      '': 'call your local emergency number',
    };
    for (const lang of ['en', 'es-419', '']) {
      const el = await crisis('', lang || undefined);
      expect(el.shownCountry, lang).to.equal('');
      expect(shadowText(el), lang).to.contain(expected[lang]);
      expect(shadow(el).querySelectorAll('a'), lang).to.have.length(0);
      expect(shadow(el).querySelector('[part="note"]'), lang).to.equal(null);
    }
    const inline = await crisis('variant="inline"', 'en');
    const said = [...shadow(inline).querySelectorAll('[part="inline"] > span:not(.chooser)')].map((s) => text(s));
    expect(said).to.deep.equal(['If you need help now:', 'if you are in danger, call your local emergency number.']);
  });

  it('warns about an unknown country and falls back', async () => {
    const {result: el, warnings} = await withWarnings(() => crisis('country="Narnia"', 'en-GB'));
    expect(warnings.some((w) => w.includes('<ms-crisis-help>') && w.includes('"country"="Narnia"'))).to.equal(true);
    expect(el.shownCountry).to.equal('GB');

    const {result: xx, warnings: xxWarnings} = await withWarnings(() => crisis('country="XX"'));
    expect(xxWarnings.join()).to.contain('"country"="XX"');
    expect(xx.shownCountry).to.equal('');
    expect(shadowText(xx)).to.contain('call your local emergency number');

    // A real country without data: the general advice, never another country's lines.
    const {result: jp, warnings: jpWarnings} = await withWarnings(() => crisis('country="JP"', 'en-GB'));
    expect(jpWarnings.join()).to.contain('"country"="JP"').and.contain('no crisis lines');
    expect(jp.shownCountry).to.equal('');
    expect(shadowText(jp)).not.to.contain('Samaritans');

    // "UK" is what people write for GB.
    const {result: uk, warnings: ukWarnings} = await withWarnings(() => crisis('country="uk"'));
    expect(uk.shownCountry).to.equal('GB');
    expect(ukWarnings).to.have.length(0);
  });

  it('lets the host add a line, or override the built-in one', async () => {
    const added = await crisis('country="US" line-name="National MS Society" line-phone="1-800-344-4867"');
    const lines = [...shadow(added).querySelectorAll('[part="line"]')];
    expect(lines.map((l) => text(l.querySelector('.name')))).to.deep.equal(['988 Suicide & Crisis Lifeline', 'National MS Society']);
    expect(links(added)).to.deep.include({href: 'tel:18003444867', text: 'Call 1-800-344-4867'});
    expect(text(lines[1])).not.to.contain('Number checked');

    const overridden = await crisis('country="GB" line-name="samaritans" line-phone="+44 330 094 5717" line-text=""');
    const only = [...shadow(overridden).querySelectorAll('[part="line"]')];
    expect(only).to.have.length(1);
    expect(links(overridden).slice(1)).to.deep.equal([
      {href: 'tel:+443300945717', text: 'Call +44 330 094 5717'},
      {href: 'sms:+443300945717', text: 'Text +44 330 094 5717'},
    ]);

    const general = await crisis('line-name="Our helpline" line-url="https://example.org/help" variant="inline"', 'en');
    expect(links(general)).to.deep.equal([{href: 'https://example.org/help', text: 'Our helpline'}]);

    const card = await crisis('line-name="Our helpline" line-url="https://example.org/help" line-text="tel:07700 900 123"', 'en');
    expect(links(card)).to.deep.equal([
      {href: 'sms:07700900123', text: 'Text 07700 900 123'},
      {href: 'https://example.org/help', text: 'Website: example.org'},
    ]);
  });

  it('drops unsafe or broken line links and numbers with a warning', async () => {
    for (const url of ['javascript:alert(1)', 'JaVa\nScRiPt:alert(1)', 'data:text/html,hi', 'http://example.org/', 'ftp://example.org/']) {
      const {result: el, warnings} = await withWarnings(() => crisis('country="GB" line-name="Bad"', 'en'));
      el.lineUrl = url;
      await el.updateComplete;
      expect(links(el).some((l) => !/^(tel|sms|https):/.test(l.href)), url).to.equal(false);
      expect(shadowText(el), url).not.to.contain('Bad');
      expect(warnings.join('\n'), url).to.contain('<ms-crisis-help>').and.contain('line-name');
    }
    const {result: el, warnings} = await withWarnings(() =>
      crisis('country="GB" line-name="Bad" line-url="javascript:alert(1)" line-phone="call me"')
    );
    expect(warnings.some((w) => w.includes('"line-url"="javascript:alert(1)"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('"line-phone"="call me"'))).to.equal(true);
    expect(shadow(el).querySelectorAll('[part="line"]')).to.have.length(1);

    const {result: tel} = await withWarnings(() => crisis('country="GB" line-name="Ours" line-url="tel:0800 123 456"'));
    expect(links(tel)).to.deep.include({href: 'tel:0800123456', text: 'Call 0800 123 456'});
    const {result: sms} = await withWarnings(() => crisis('country="GB" line-name="Ours" line-url="sms:0800123456"'));
    expect(links(sms)).to.deep.include({href: 'sms:0800123456', text: 'Text 0800123456'});
  });

  it('has a compact one-line form for inside other widgets', async () => {
    const el = await crisis('variant="inline" country="GB"');
    expect(shadow(el).querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    const line = shadow(el).querySelector('[part="inline"]')!;
    expect(line.localName).to.equal('p');
    expect(links(el)).to.deep.equal([
      {href: 'tel:999', text: 'Emergency 999'},
      {href: 'tel:116123', text: 'Samaritans: 116 123'},
    ]);
    // One line when there is room, with large targets.
    const height = line.getBoundingClientRect().height;
    const target = shadow(el).querySelector('a')!.getBoundingClientRect();
    expect(target.height).to.be.at.least(44);
    expect(height).to.be.below(target.height * 1.5);
  });

  it('is a calm part of the page, never a popup or an alert', async () => {
    const el = await crisis('country="GB"');
    expect(shadow(el).querySelector('[role="alert"], [role="alertdialog"], dialog, [aria-live]')).to.equal(null);
    expect(getComputedStyle(el).position).to.equal('static');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Help if you need it now');
    for (const a of shadow(el).querySelectorAll('a')) expect(a.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('warns about a bad variant and shows the card', async () => {
    const {result: el, warnings} = await withWarnings(() => crisis('variant="popup" country="GB" heading-level="4"'));
    expect(warnings.some((w) => w.includes('<ms-crisis-help>') && w.includes('"variant"="popup"'))).to.equal(true);
    expect(shadow(el).querySelector('h4')).to.exist;
  });

  it('keeps numbers in order in right-to-left text', async () => {
    const el = await crisis('country="GB" dir="rtl"');
    const link = shadow(el).querySelector('a[href="tel:116123"]')!;
    // The number is isolated, in a box of its own that goes to the next line whole rather than split.
    const tel = link.querySelector('.tel')!;
    expect(tel.textContent).to.equal('\u2066116 123\u2069');
    expect(getComputedStyle(tel).display).to.equal('inline-block');
    expect(link.textContent).to.match(/\S \u2066116 123\u2069$/);
    expect(getComputedStyle(link).direction).to.equal('rtl');
  });

  for (const attrs of ['country="US"', 'country="IT" line-name="Our line" line-phone="0800 123 456"', 'variant="inline" country="AU"', '']) {
    it(`has no axe violations in light, dark and forced colors: ${attrs || 'no country'}`, async function () {
      this.timeout(30000);
      await expectAccessibleInAllThemes(await crisis(attrs));
    });
  }
});
