import {expect} from '@open-wc/testing';
import './define.js';
import type {MsReferences} from './references.js';
import {expectAccessibleInAllThemes, withWarnings} from '../../../test/helpers.js';
import {describeBasics, make, registerFrench} from '../../../test/widget-basics.js';

const tag = 'ms-references';
const entries = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="list"] > li')];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

const DOIS = [
  '10.1038/nrneurol.2014.139',
  '10.1191/1352458503ms889oa',
  '10.3389/fneur.2017.00664',
  '10.1016/j.jpsychores.2019.109836',
  '10.3389/fneur.2013.00082',
  '10.1001/archneur.61.2.201',
  '10.1016/j.jpsychores.2005.01.005',
  '10.1038/nrn2555',
];

describe('ms-references', () => {
  describeBasics(tag, {title: 'References'});

  it('lists the ten references in APA style, in the article’s order', async () => {
    const el = await make<MsReferences>(tag);
    const items = entries(el);
    expect(items).to.have.length(10);
    expect(text(items[0]!)).to.equal(
      'Feinstein, A., Magalhaes, S., Richard, J. F., Audet, B., & Moore, C. (2014). The link between multiple sclerosis and depression. Nature Reviews Neurology, 10(9), 507–517. https://doi.org/10.1038/nrneurol.2014.139'
    );
    expect(text(items[2]!)).to.equal(
      'Chalah, M. A., & Ayache, S. S. (2017). Cognitive fatigue in multiple sclerosis: Neuropsychological, behavioral and neurophysiological evidence. Frontiers in Neurology, 8, 664. https://doi.org/10.3389/fneur.2017.00664'
    );
    expect(text(items[7]!)).to.equal(
      'National Multiple Sclerosis Society. (2023). Depression and MS. https://www.nationalmssociety.org/Symptoms-Diagnosis/MS-Symptoms/Depression'
    );
    expect(text(items[9]!)).to.equal(
      'American Psychiatric Association. (2013). Diagnostic and statistical manual of mental disorders (5th ed.).'
    );
    // Journal and book titles are italic (cite), volumes too.
    expect(items[0]!.querySelector('cite')!.textContent).to.equal('Nature Reviews Neurology');
    expect(items[0]!.querySelector('i')!.textContent).to.equal('10');
    expect(getComputedStyle(items[9]!.querySelector('cite')!).fontStyle).to.equal('italic');
  });

  it('links every DOI as https://doi.org/, the Society page as its web address, and the APA manual not at all', async () => {
    const el = await make<MsReferences>(tag);
    const items = entries(el);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links).to.have.length(9);
    const doiLinks = links.filter((a) => a.href.startsWith('https://doi.org/'));
    expect(doiLinks.map((a) => a.getAttribute('href'))).to.deep.equal(DOIS.map((doi) => `https://doi.org/${doi}`));
    for (const a of links) {
      expect(a.textContent!.trim(), 'the link text is the address').to.equal(a.getAttribute('href'));
      expect(a.hasAttribute('target'), 'same tab by default').to.equal(false);
    }
    expect(items[7]!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://www.nationalmssociety.org/Symptoms-Diagnosis/MS-Symptoms/Depression'
    );
    expect(items[9]!.querySelector('a')).to.equal(null);
  });

  it('new-tab opens links in a new tab, safely, and says so', async () => {
    const el = await make<MsReferences>(tag, 'new-tab');
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links).to.have.length(9);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
      expect(text(a)).to.equal(`${a.getAttribute('href')} (opens in a new tab)`);
    }
    expect(el.shadowRoot!.querySelector('[part="intro"]')!.textContent).to.contain('The links open in a new tab.');
    el.newTab = false;
    await el.updateComplete;
    expect(el.hasAttribute('new-tab')).to.equal(false);
    expect(el.shadowRoot!.querySelector('a[target]')).to.equal(null);
  });

  it('keeps citations in English in every language, marked lang="en" and left to right', async () => {
    registerFrench({
      References: 'Références',
      '(opens in a new tab)': '(s’ouvre dans un nouvel onglet)',
    });
    const english = entries(await make<MsReferences>(tag)).map(text);
    const wrapper = await make<HTMLElement>('div', 'lang="fr" dir="rtl"', `<${tag} new-tab></${tag}>`);
    const el = wrapper.querySelector<MsReferences>(tag)!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Références');
    const list = el.shadowRoot!.querySelector('[part="list"]')!;
    expect(list.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(list).direction).to.equal('ltr');
    const french = entries(el).map((li) => text(li).replaceAll(' (s’ouvre dans un nouvel onglet)', ''));
    expect(french).to.deep.equal(english);
    // The translated hint inside each link carries the widget's language.
    const hint = el.shadowRoot!.querySelector('a .visually-hidden')!;
    expect(hint.getAttribute('lang')).to.equal('fr');
    expect(hint.textContent!.trim()).to.equal('(s’ouvre dans un nouvel onglet)');
  });

  it('uses an APA hanging indent that follows the list direction', async () => {
    const el = await make<MsReferences>(tag);
    const li = entries(el)[0]!;
    expect(parseFloat(getComputedStyle(li).textIndent)).to.be.lessThan(0);
    expect(parseFloat(getComputedStyle(li).paddingInlineStart)).to.be.greaterThan(0);
  });

  it('treats a bad new-tab value as present without breaking', async () => {
    const {result: el, warnings} = await withWarnings(() => make<MsReferences>(tag, 'new-tab="no"'));
    // A boolean attribute is on when present, as in HTML.
    expect(el.shadowRoot!.querySelectorAll('a[target="_blank"]')).to.have.length(9);
    expect(warnings).to.deep.equal([]);
  });

  it('has no axe violations with new-tab', async () => {
    await expectAccessibleInAllThemes(await make<MsReferences>(tag, 'new-tab'));
  });
});
