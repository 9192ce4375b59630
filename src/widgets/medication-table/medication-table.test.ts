import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '../../../test/commands.js';
import './define.js';
import type {MsMedicationTable} from './medication-table.js';
import {medications} from '../../content/medications.js';
import {expectAccessibleInAllThemes, generatedText, nextFrames, pageScrollsSideways, shadowText, withWarnings} from '../../../test/helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const note = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="safety-note"]')!;
const SAFETY = 'Never stop or change a medicine on your own.';

/** For each data cell: [row header, column header, cell text], read from the table structure. */
function cells(el: Element): string[][] {
  const table = shadow(el).querySelector('table')!;
  const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
  return [...table.querySelectorAll('tbody tr')].flatMap((tr) => {
    const header = tr.querySelector('th[scope="row"]')!.textContent!.trim();
    return [...tr.querySelectorAll('td')].map((td) => [header, columns[td.cellIndex]!, td.textContent!.trim()]);
  });
}

function expectSafetyNoteShown(el: Element): void {
  const box = note(el);
  expect(box, 'safety note').to.exist;
  expect(box.textContent).to.contain(SAFETY);
  expect(box.textContent).to.contain('Talk first to the doctor who prescribed it.');
  expect(box.textContent).to.contain('Ask them whether a change of medicine could help.');
  const style = getComputedStyle(box);
  expect(style.display).not.to.equal('none');
  expect(style.visibility).to.equal('visible');
  expect(Number(style.opacity)).to.equal(1);
  expect(box.getBoundingClientRect().height).to.be.greaterThan(20);
}

describe('ms-medication-table', () => {
  afterEach(async () => {
    await setViewport({width: 1024, height: 768});
  });

  it('shows the four medicines and their possible effects as a table with caption and headers', async () => {
    const el = await fixture<MsMedicationTable>(html`<ms-medication-table></ms-medication-table>`);
    const table = shadow(el).querySelector('table')!;
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Could a medicine be playing a part?');
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Medicines and their possible effects on mood');
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Medicine',
      'Possible effects on mood',
    ]);
    expect(cells(el)).to.deep.equal([
      ['Interferon-beta', 'Possible effects on mood', 'May cause depression or emotional blunting (feeling flat).'],
      ['Steroids', 'Possible effects on mood', 'May cause irritability, mood swings or a numb feeling.'],
      ['Baclofen', 'Possible effects on mood', 'May dull how strongly you feel emotions and sensations.'],
      ['Antidepressants', 'Possible effects on mood', 'Some SSRIs may narrow the range of feelings you have.'],
    ]);
    expect(table.querySelectorAll('[role="rowheader"]')).to.have.length(4);
    expect(table.querySelectorAll('[role="cell"]')).to.have.length(4);
  });

  it('words every effect as possible, never certain', async () => {
    expect(medications().map((m) => m.id)).to.deep.equal(['interferon-beta', 'steroids', 'baclofen', 'antidepressants']);
    for (const {effects} of medications()) {
      expect(effects).to.match(/\bmay\b/i);
      expect(effects).not.to.match(/\b(will|always|causes)\b/i);
    }
    const el = await fixture<MsMedicationTable>(html`<ms-medication-table></ms-medication-table>`);
    expect(shadow(el).querySelector('[part="intro"]')!.textContent).to.contain('possible effects. Not everyone gets them.');
  });

  it('always shows the safety note, before the table', async () => {
    const el = await fixture<MsMedicationTable>(html`<ms-medication-table></ms-medication-table>`);
    expectSafetyNoteShown(el);
    expect(note(el).getAttribute('role')).to.equal('note');
    const table = shadow(el).querySelector('table')!;
    expect(note(el).compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('keeps the safety note even when the page tries to hide it', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <style>
          .hide-note::part(safety-note) {
            display: none !important;
            visibility: hidden !important;
            opacity: 0 !important;
          }
        </style>
        <ms-medication-table class="hide-note" heading="Medicines" heading-level="3" show-note="false" no-note></ms-medication-table>
      </div>
    `);
    const el = page.querySelector('ms-medication-table')!;
    await el.updateComplete;
    expectSafetyNoteShown(el);
  });

  it('shows a host-supplied table, with the safety note still there', async () => {
    const el = await fixture<MsMedicationTable>(html`
      <ms-medication-table>
        <table>
          <caption>Our medicines</caption>
          <thead><tr><th>Medicine</th><th>Might affect mood by</th></tr></thead>
          <tbody>
            <tr><th>Medicine A</th><td>Possibly making you tired</td></tr>
            <tr><td>&lt;img src=x onerror=alert(1)&gt;</td><td>Possibly nothing</td></tr>
          </tbody>
        </table>
      </ms-medication-table>
    `);
    expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal('Our medicines');
    expect(cells(el)).to.deep.equal([
      ['Medicine A', 'Might affect mood by', 'Possibly making you tired'],
      ['<img src=x onerror=alert(1)>', 'Might affect mood by', 'Possibly nothing'],
    ]);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadowText(el)).not.to.contain('Interferon');
    expectSafetyNoteShown(el);
    // The light-DOM table is not shown twice.
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.equal(0);

    // A table without a caption gets the default one.
    const plain = await fixture<MsMedicationTable>(
      html`<ms-medication-table><table><tr><th>Drug</th><th>Effect</th></tr><tr><th>X</th><td>May do Y</td></tr></table></ms-medication-table>`
    );
    expect(shadow(plain).querySelector('caption')!.textContent!.trim()).to.equal('Medicines and their possible effects on mood');
    expectSafetyNoteShown(plain);
  });

  it('reflows into labelled cards at 320 px without sideways scrolling', async () => {
    await setViewport({width: 320, height: 640});
    const el = await fixture<MsMedicationTable>(html`<ms-medication-table></ms-medication-table>`);
    await nextFrames();
    const td = shadow(el).querySelector('td')!;
    expect(getComputedStyle(td).display).to.equal('block');
    expect(generatedText(td, '::before')).to.contain('Possible effects on mood');
    expect(pageScrollsSideways()).to.equal(false);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expectSafetyNoteShown(el);
  });

  it('shows a real table when there is room', async () => {
    const el = await fixture<MsMedicationTable>(html`<ms-medication-table></ms-medication-table>`);
    await nextFrames();
    expect(getComputedStyle(shadow(el).querySelector('td')!).display).to.equal('table-cell');
  });

  it('warns about bad attributes and takes its language from the page', async () => {
    const {result: page, warnings} = await withWarnings(() =>
      fixture<HTMLElement>(html`<div lang="en-GB" dir="rtl"><ms-medication-table heading-level="0"></ms-medication-table></div>`)
    );
    const el = page.querySelector('ms-medication-table')!;
    expect(warnings.some((w) => w.includes('<ms-medication-table>') && w.includes('"heading-level"="0"'))).to.equal(true);
    expect(shadow(el).querySelector('h2')).to.exist;
    const base = shadow(el).querySelector('.base')!;
    expect(base.getAttribute('lang')).to.equal('en');
    expect(base.getAttribute('dir')).to.equal('rtl');
  });

  it('has no axe violations in light, dark and forced colors, wide and narrow', async function () {
    this.timeout(30000);
    const el = await fixture<MsMedicationTable>(html`<ms-medication-table></ms-medication-table>`);
    await expectAccessibleInAllThemes(el);
    await setViewport({width: 320, height: 640});
    await nextFrames();
    await expectAccessibleInAllThemes(el);
  });
});
