import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {setViewport} from '../../../test/commands.js';
import './define.js';
import type {MsWarningSigns, WarningSignsChangeDetail} from './warning-signs.js';
import {blockStorage, expectAccessibleInAllThemes, nextFrames, pageScrollsSideways, shadowText, withWarnings} from '../../../test/helpers.js';
import {KEY, shadow, boxes, status, button, tick} from './warning-signs.fixture.js';

describe('ms-warning-signs (more)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    localStorage.clear();
    await setViewport({width: 1024, height: 768});
  });
  it('ignores corrupt, old or mismatched saved answers with a warning, and keeps working', async () => {
    const bad = [
      '{not json',
      JSON.stringify({v: 0, data: {list: 'article', checked: ['hobbies']}}),
      JSON.stringify({v: 1, data: {list: 'article', checked: [1, 2]}}),
      JSON.stringify({v: 1, data: ['hobbies']}),
      JSON.stringify({v: 1, data: {list: 'host:2:abc', checked: ['host-1']}}),
    ];
    for (const raw of bad) {
      localStorage.setItem(KEY, raw);
      const {result: el, warnings} = await withWarnings(() =>
        fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`)
      );
      expect(el.checked, raw).to.deep.equal([]);
      expect(warnings.some((w) => w.includes('<ms-warning-signs>')), raw).to.equal(true);
      await tick(el, 0);
      expect(el.checked, raw).to.deep.equal(['hobbies']);
      expect(JSON.parse(localStorage.getItem(KEY)!).data.checked, raw).to.deep.equal(['hobbies']);
    }
    // Unknown ids in otherwise good data are simply not shown.
    localStorage.setItem(KEY, JSON.stringify({v: 1, data: {list: 'article', checked: ['crying', 'gone']}}));
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`);
    expect(el.checked).to.deep.equal(['crying']);
  });

  it('works when storage is blocked, and says the answers cannot be kept', async () => {
    const restore = blockStorage();
    try {
      const {result: el, warnings} = await withWarnings(async () => {
        const widget = await fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`);
        await tick(widget, 2);
        return widget;
      });
      expect(el.checked).to.deep.equal(['indifference']);
      expect(status(el)).to.equal('You ticked 1 sign out of 6.');
      expect(warnings.join()).to.contain('<ms-warning-signs>').and.contain('blocked');
      expect(shadow(el).querySelector('[part="privacy"]')!.textContent).to.contain('could not save them');
      button(el, 'Clear my answers')!.click();
      await el.updateComplete;
      expect(el.checked).to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('fires a bubbling, composed change event with the ticked ids and their texts', async () => {
    const page = await fixture<HTMLElement>(html`<div><ms-warning-signs></ms-warning-signs></div>`);
    const el = page.querySelector('ms-warning-signs')!;
    await el.updateComplete;
    await tick(el, 0);
    setTimeout(() => boxes(el)[3]!.click());
    const event = (await oneEvent(page, 'ms-warning-signs-change')) as CustomEvent<WarningSignsChangeDetail>;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      checked: ['hobbies', 'crying'],
      texts: ['I have stopped enjoying my favourite hobbies.', 'I can’t cry, even when I am upset.'],
      count: 2,
      total: 6,
    });
    expect(el.checked).to.deep.equal(['hobbies', 'crying']);
    // `checked` is read-only.
    expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'checked')!.set).to.equal(undefined);
  });

  it('uses a host-supplied list, as text only', async () => {
    const el = await fixture<MsWarningSigns>(html`
      <ms-warning-signs persist>
        <ol>
          <li>I sleep much more than before.</li>
          <li>I feel <b>flat</b> most days.</li>
          <li>&lt;img src=x onerror=alert(1)&gt;</li>
        </ol>
      </ms-warning-signs>
    `);
    const inputs = boxes(el);
    expect(inputs.map((i) => i.value)).to.deep.equal(['host-1', 'host-2', 'host-3']);
    expect(inputs[1]!.labels![0]!.textContent!.trim()).to.equal('I feel flat most days.');
    expect(shadow(el).querySelector('img, b')).to.equal(null);
    expect(status(el)).to.equal('You have not ticked any of the 3 signs yet.');
    setTimeout(() => inputs[1]!.click());
    const {detail} = await oneEvent(el, 'ms-warning-signs-change');
    expect(detail).to.deep.equal({checked: ['host-2'], texts: ['I feel flat most days.'], count: 1, total: 3});
    await el.updateComplete;
    expect(status(el)).to.equal('You ticked 1 sign out of 3.');
    // The light-DOM list is not shown twice.
    expect(el.querySelector('ol')!.getBoundingClientRect().height).to.equal(0);
    // Saved answers belong to this list only.
    expect(JSON.parse(localStorage.getItem(KEY)!).data.list).to.match(/^host:3:/);
    const {result: article, warnings} = await withWarnings(() =>
      fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`)
    );
    expect(article.checked).to.deep.equal([]);
    expect(warnings.join()).to.contain('different list');

    // A CMS that edits the list later is followed.
    el.querySelector('ol')!.insertAdjacentHTML('beforeend', '<li>I forget to eat.</li>');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(boxes(el)).to.have.length(4);

    const ul = await fixture<MsWarningSigns>(html`<ms-warning-signs><ul><li>One</li><li>Two</li></ul></ms-warning-signs>`);
    expect(boxes(ul).map((i) => i.value)).to.deep.equal(['host-1', 'host-2']);
    const empty = await fixture<MsWarningSigns>(html`<ms-warning-signs><ul></ul></ms-warning-signs>`);
    expect(boxes(empty)).to.have.length(6);
  });

  it('follows a list a CMS adds after the first render, and goes back when it is removed', async () => {
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs></ms-warning-signs>`);
    expect(boxes(el)).to.have.length(6);
    el.insertAdjacentHTML('beforeend', '<ul><li>Sleeping badly</li><li>Not eating</li></ul>');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(boxes(el).map((i) => i.labels![0]!.textContent!.trim())).to.deep.equal(['Sleeping badly', 'Not eating']);
    expect(status(el)).to.equal('You have not ticked any of the 2 signs yet.');
    el.querySelector('li')!.textContent = 'Sleeping much more';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(boxes(el)[0]!.labels![0]!.textContent!.trim(), 'an edited item').to.equal('Sleeping much more');
    el.querySelector('ul')!.remove();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(boxes(el)).to.have.length(6);
    expect(status(el)).to.equal('You have not ticked any of the 6 signs yet.');
  });

  it('prints a clean summary of the ticked signs and the next steps', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en-GB"><p>Host page text</p><ms-warning-signs></ms-warning-signs></div>`);
    const el = page.querySelector('ms-warning-signs')!;
    await el.updateComplete;
    await tick(el, 0, 3);
    let printed = '';
    const job = el.printSummary((win) => (printed = win.document.body.textContent ?? ''));
    const doc = job.document;
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('h1')!.textContent).to.equal('Warning signs I have noticed');
    expect([...doc.querySelectorAll('ul')[0]!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'I have stopped enjoying my favourite hobbies.',
      'I can’t cry, even when I am upset.',
    ]);
    expect(doc.body.textContent).to.contain('What has changed in how you react to things.');
    expect(doc.body.textContent).to.contain('not a diagnosis');
    expect(doc.body.textContent).to.contain('call 999');
    expect(doc.body.textContent).not.to.contain('Host page text');
    expect(doc.body.textContent).not.to.contain('I pull away from people');
    expect(doc.adoptedStyleSheets.length).to.be.greaterThan(0);
    await job.done;
    expect(printed).to.contain('I can’t cry');
    expect(document.querySelector('iframe')).to.equal(null);

    // The button prints.
    let calls = 0;
    el.printSummary = () => {
      calls++;
      return job;
    };
    button(el, 'Print for my appointment')!.click();
    expect(calls).to.equal(1);
  });

  it('has print styles for when the whole page is printed', async () => {
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs></ms-warning-signs>`);
    const rules = shadow(el)
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    const text = rules.map((r) => r.cssText).join('\n');
    expect(text).to.match(/\.actions\s*\{\s*display: none;/);
    expect(text).to.contain('break-inside: avoid');
  });

  it('fits 320 px without sideways scrolling', async () => {
    await setViewport({width: 320, height: 640});
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs persist></ms-warning-signs>`);
    await tick(el, 0);
    await nextFrames();
    expect(pageScrollsSideways()).to.equal(false);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('warns about bad attributes and takes its language from the page', async () => {
    const {result: page, warnings} = await withWarnings(() =>
      fixture<HTMLElement>(html`<div lang="en-GB"><ms-warning-signs heading-level="ten" theme="neon"></ms-warning-signs></div>`)
    );
    const el = page.querySelector('ms-warning-signs')!;
    expect(warnings.some((w) => w.includes('<ms-warning-signs>') && w.includes('"heading-level"="ten"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('<ms-warning-signs>') && w.includes('"theme"="neon"'))).to.equal(true);
    expect(shadow(el).querySelector('h2')).to.exist;
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('en');
    expect(shadowText(el)).not.to.match(/NaN|undefined|null|\[object/);
  });

  it('has no axe violations in light, dark and forced colors, nothing ticked', async function () {
    this.timeout(30000);
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs persist country="GB"></ms-warning-signs>`);
    await expectAccessibleInAllThemes(el);
  });

  it('has no axe violations in light, dark and forced colors, with the result panel', async function () {
    this.timeout(30000);
    const el = await fixture<MsWarningSigns>(html`<ms-warning-signs country="GB"></ms-warning-signs>`);
    await tick(el, 0, 2);
    await expectAccessibleInAllThemes(el);
  });
});
