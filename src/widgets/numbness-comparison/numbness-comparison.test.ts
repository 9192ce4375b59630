import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '../../../test/commands.js';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import './define.js';
import type {MsNumbnessComparison} from './numbness-comparison.js';
import {registerLocale} from '../../core/localize.js';
import {expectAccessibleInAllThemes, generatedText, nextFrames, pageScrollsSideways, shadowText, withWarnings} from '../../../test/helpers.js';

const shadow = (el: Element) => el.shadowRoot!;

/** For each data cell: [row header, column header, cell text], read from the table structure. */
function cellAssociations(el: Element): string[][] {
  const table = shadow(el).querySelector('table')!;
  const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
  return [...table.querySelectorAll('tbody tr')].flatMap((tr) => {
    const rowHeader = tr.querySelector('th[scope="row"]')!.textContent!.trim();
    return [...tr.querySelectorAll('td')].map((td) => [rowHeader, columns[(td as HTMLTableCellElement).cellIndex]!, td.textContent!.trim()]);
  });
}

describe('ms-numbness-comparison', () => {
  afterEach(async () => {
    await setViewport({width: 1024, height: 768});
  });

  it('renders the six features as a data table with caption, column and row headers', async () => {
    const el = await fixture<MsNumbnessComparison>(html`<ms-numbness-comparison></ms-numbness-comparison>`);
    const table = shadow(el).querySelector('table')!;
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Numbness or sadness: what is the difference?');
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Six ways numbness and sadness can differ');
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Feature',
      'Emotional numbness',
      'Sadness or typical depression',
    ]);
    const rowHeaders = [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim());
    expect(rowHeaders).to.deep.equal([
      'Emotional response',
      'Thought patterns',
      'Crying',
      'Motivation',
      'Body sensations',
      'Awareness',
    ]);
    const cells = cellAssociations(el);
    expect(cells).to.have.length(12);
    expect(cells).to.deep.include(['Crying', 'Emotional numbness', 'Often can’t cry']);
    expect(cells).to.deep.include(['Crying', 'Sadness or typical depression', 'May cry often']);
    expect(cells).to.deep.include(['Awareness', 'Emotional numbness', '“I know I should feel something, but I don’t”']);
    expect(shadow(el).querySelector('[part="note"]')!.textContent).to.contain('Both are real. Both deserve treatment.');
  });

  it('exposes a table with row and column headers to assistive technology', async () => {
    const el = await fixture<MsNumbnessComparison>(html`<ms-numbness-comparison></ms-numbness-comparison>`);
    const table = shadow(el).querySelector('table')!;
    expect(table.getAttribute('role')).to.equal('table');
    expect(table.querySelectorAll('[role="columnheader"]')).to.have.length(3);
    expect(table.querySelectorAll('[role="rowheader"]')).to.have.length(6);
    expect(table.querySelectorAll('[role="cell"]')).to.have.length(12);
  });

  it('reflows into labelled cards at 320 px without sideways scrolling', async () => {
    await setViewport({width: 320, height: 640});
    const el = await fixture<MsNumbnessComparison>(html`<ms-numbness-comparison></ms-numbness-comparison>`);
    await nextFrames();
    const td = shadow(el).querySelector('td')!;
    expect(getComputedStyle(td).display).to.equal('block');
    expect(generatedText(td, '::before')).to.contain('Emotional numbness');
    expect(pageScrollsSideways()).to.equal(false);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    // Column headers stay in the accessibility tree (visually hidden, not display: none).
    expect(getComputedStyle(shadow(el).querySelector('thead')!).display).not.to.equal('none');
  });

  it('shows a real table when there is room', async () => {
    await setViewport({width: 1024, height: 768});
    const el = await fixture<MsNumbnessComparison>(html`<ms-numbness-comparison></ms-numbness-comparison>`);
    await nextFrames();
    expect(getComputedStyle(shadow(el).querySelector('td')!).display).to.equal('table-cell');
  });

  it('reflows by its own width, not the viewport (a narrow sidebar)', async () => {
    await setViewport({width: 1024, height: 768});
    const el = await fixture<MsNumbnessComparison>(
      html`<div style="width: 300px"><ms-numbness-comparison></ms-numbness-comparison></div>`
    );
    await nextFrames();
    const widget = el.querySelector('ms-numbness-comparison')!;
    expect(getComputedStyle(shadow(widget).querySelector('td')!).display).to.equal('block');
  });

  it('has no axe violations in light, dark and forced colors, wide and narrow', async () => {
    const el = await fixture<MsNumbnessComparison>(html`<ms-numbness-comparison></ms-numbness-comparison>`);
    await expectAccessibleInAllThemes(el);
    await setViewport({width: 320, height: 640});
    await nextFrames();
    await expectAccessibleInAllThemes(el);
  });

  it('uses heading-level and heading', async () => {
    const el = await fixture<MsNumbnessComparison>(
      html`<ms-numbness-comparison heading-level="4" heading="How they differ"></ms-numbness-comparison>`
    );
    const heading = shadow(el).querySelector('h4')!;
    expect(heading.textContent).to.equal('How they differ');
    expect(shadow(el).querySelector('h2')).to.equal(null);
    el.headingLevel = 1;
    await el.updateComplete;
    expect(shadow(el).querySelector('h1')!.textContent).to.equal('How they differ');
  });

  it('warns about bad attributes and falls back to safe defaults', async () => {
    const {result: el, warnings} = await withWarnings(() =>
      fixture<MsNumbnessComparison>(
        html`<ms-numbness-comparison heading-level="nine" theme="purple" heading="   "></ms-numbness-comparison>`
      )
    );
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Numbness or sadness: what is the difference?');
    expect(warnings.some((w) => w.includes('<ms-numbness-comparison>') && w.includes('heading-level') && w.includes('nine'))).to.equal(true);
    expect(warnings.some((w) => w.includes('<ms-numbness-comparison>') && w.includes('"theme"') && w.includes('purple'))).to.equal(true);
    expect(shadowText(el)).not.to.match(/NaN|undefined|null|\[object/);
    const {warnings: again} = await withWarnings(async () => {
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(again, 'each bad value is warned about once').to.have.length(0);
  });

  it('clamps nothing silently: heading-level 0 and 7 fall back to 2 with a warning', async () => {
    for (const level of ['0', '7', '2.5']) {
      const {result: el, warnings} = await withWarnings(() =>
        fixture<MsNumbnessComparison>(html`<ms-numbness-comparison heading-level=${level}></ms-numbness-comparison>`)
      );
      expect(shadow(el).querySelector('h2'), level).to.exist;
      expect(warnings.join('\n')).to.contain(`"heading-level"="${level}"`);
    }
  });

  it('presents a host-supplied table instead of the article table', async () => {
    const el = await fixture<MsNumbnessComparison>(html`
      <ms-numbness-comparison>
        <table>
          <caption>Our own comparison</caption>
          <thead><tr><th>Aspect</th><th>Numb</th><th>Sad</th></tr></thead>
          <tbody>
            <tr><th>Sleep</th><td>Unchanged</td><td>Disturbed</td></tr>
            <tr><td>Appetite</td><td>Unchanged</td><td>Lower</td></tr>
          </tbody>
        </table>
      </ms-numbness-comparison>
    `);
    expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal('Our own comparison');
    expect(cellAssociations(el)).to.deep.equal([
      ['Sleep', 'Numb', 'Unchanged'],
      ['Sleep', 'Sad', 'Disturbed'],
      ['Appetite', 'Numb', 'Unchanged'],
      ['Appetite', 'Sad', 'Lower'],
    ]);
    // The light-DOM table is not shown twice.
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.equal(0);

    // A CMS that edits the content later is followed.
    el.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><th>Energy</th><td>Low</td><td>Low</td></tr>');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(3);
  });

  it('follows a table a CMS adds after the first render, and goes back when it is removed', async () => {
    const el = await fixture<MsNumbnessComparison>(html`<ms-numbness-comparison></ms-numbness-comparison>`);
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(6);
    el.insertAdjacentHTML('beforeend', '<table><tr><th>Aspect</th><th>Numb</th></tr><tr><th>Sleep</th><td>Unchanged</td></tr></table>');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(cellAssociations(el)).to.deep.equal([['Sleep', 'Numb', 'Unchanged']]);
    expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal('Six ways numbness and sadness can differ');
    el.querySelector('td')!.textContent = 'Lighter';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(cellAssociations(el)).to.deep.equal([['Sleep', 'Numb', 'Lighter']]);
    el.querySelector('table')!.remove();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(6);
  });

  it('does not run markup from host content', async () => {
    const el = await fixture<MsNumbnessComparison>(html`
      <ms-numbness-comparison>
        <table><tr><th>A</th><th>B</th></tr><tr><th>&lt;img src=x onerror=alert(1)&gt;</th><td>ok</td></tr></table>
      </ms-numbness-comparison>
    `);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(shadow(el).querySelector('tbody th')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('falls back to the article table when the host table is empty', async () => {
    const el = await fixture<MsNumbnessComparison>(
      html`<ms-numbness-comparison><table><caption>Empty</caption></table></ms-numbness-comparison>`
    );
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(6);
  });

  it('takes its language from the nearest lang and follows changes', async () => {
    registerLocale('fr', async () => ({
      templates: {[generateMsgId('Feature', false)]: 'Caractéristique'},
    }));
    const wrapper = await fixture<HTMLElement>(html`
      <section lang="fr-CA"><div><ms-numbness-comparison></ms-numbness-comparison></div></section>
    `);
    const el = wrapper.querySelector('ms-numbness-comparison')!;
    await el.updateComplete;
    const firstHeader = () => shadow(el).querySelector('thead th')!.textContent!.trim();
    expect(firstHeader()).to.equal('Caractéristique');
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('fr');

    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(firstHeader()).to.equal('Feature');

    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(firstHeader()).to.equal('Caractéristique');
  });

  it('shows an English widget next to a French one', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <ms-numbness-comparison lang="fr"></ms-numbness-comparison>
        <ms-numbness-comparison lang="en"></ms-numbness-comparison>
      </div>
    `);
    const [fr, en] = [...wrapper.querySelectorAll('ms-numbness-comparison')];
    await fr!.updateComplete;
    await en!.updateComplete;
    expect(shadow(fr!).querySelector('thead th')!.textContent!.trim()).to.equal('Caractéristique');
    expect(shadow(en!).querySelector('thead th')!.textContent!.trim()).to.equal('Feature');
  });

  it('warns once about a language it cannot show and uses English', async () => {
    const {result: wrapper, warnings} = await withWarnings(() =>
      fixture<HTMLElement>(html`<div lang="tlh"><ms-numbness-comparison></ms-numbness-comparison><ms-numbness-comparison></ms-numbness-comparison></div>`)
    );
    const el = wrapper.querySelector('ms-numbness-comparison')!;
    expect(shadow(el).querySelector('thead th')!.textContent!.trim()).to.equal('Feature');
    expect(warnings.filter((w) => w.includes('"tlh"'))).to.have.length(1);
  });

  it('takes the text direction from the nearest dir, or from the language', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><ms-numbness-comparison></ms-numbness-comparison></div>`);
    const el = wrapper.querySelector('ms-numbness-comparison')!;
    expect(shadow(el).querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    const th = shadow(el).querySelector('thead th')!;
    expect(getComputedStyle(th).direction).to.equal('rtl');
    wrapper.setAttribute('dir', 'ltr');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(getComputedStyle(th).direction).to.equal('ltr');
  });
});
