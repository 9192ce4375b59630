/**
 * The appointment sheet: bad input, storage, languages, printing, and how it
 * learns the ticked signs from an ms-warning-signs on the same page (only
 * through its change event and its public `tickedSigns`). Tests with two
 * widgets together live here, outside the widget folders.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../commands.js';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import '../../src/widgets/appointment-prep/define.js';
import '../../src/widgets/warning-signs/define.js';
import type {MsAppointmentPrep} from '../../src/widgets/appointment-prep/appointment-prep.js';
import {warningSigns} from '../../src/content/warning-signs.js';
import {registerLocale} from '../../src/core/localize.js';
import {blockStorage, expectAccessibleInAllThemes, nextFrames, pageScrollsSideways, shadowText, withWarnings} from '../helpers.js';
import {KEY, shadow, field, box, button, status, stored, settle, write, fill, prep} from '../../src/widgets/appointment-prep/appointment-prep.fixture.js';

describe('ms-appointment-prep, alone and next to ms-warning-signs', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());
  it('clears after an in-page confirmation; Escape or "No" keeps everything', async () => {
    const el = await prep(true);
    await fill(el);
    const clear = button(el, 'Clear my notes')!;
    clear.focus();
    await sendKeys({press: 'Enter'});
    // The question's code is fetched once there are notes; it opens as soon as it is here.
    await waitUntil(() => shadow(el).querySelector('[part="confirm"]'), 'the clear question');
    await el.updateComplete;
    const confirm = shadow(el).querySelector<HTMLElement>('[part="confirm"]')!;
    expect(shadow(el).activeElement === button(el, 'No, keep it'), 'the safe choice is focused').to.equal(true);
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(shadow(el).getElementById(confirm.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Clear everything on your sheet? You cannot undo this.'
    );
    await sendKeys({press: 'Escape'});
    await settle(el);
    expect(shadow(el).querySelector('[part="confirm"]')).to.equal(null);
    expect(shadow(el).activeElement === clear, 'focus back on Clear').to.equal(true);
    expect(localStorage.getItem(KEY)).not.to.equal(null);

    clear.click();
    await el.updateComplete;
    button(el, 'No, keep it')!.click();
    await settle(el);
    expect(field(el, 'ask').value).to.equal('How long might it take?');

    clear.click();
    await el.updateComplete;
    button(el, 'Yes, clear it')!.click();
    await settle(el);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(field(el, 'changes').value).to.equal('');
    expect(box(el, 'med:baclofen').checked).to.equal(false);
    expect(status(el)).to.equal('Your sheet is cleared.');
    expect(shadow(el).activeElement === field(el, 'who'), 'focus on the first field').to.equal(true);
    expect(button(el, 'Clear my notes')).to.equal(undefined);

    // clear() works for the host too.
    write(el, 'ask', 'Again?');
    expect(localStorage.getItem(KEY)).not.to.equal(null);
    el.clear();
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(field(el, 'ask').value).to.equal('');
  });

  it('ignores corrupt or blocked storage with a warning and keeps working', async () => {
    for (const raw of ['{"v":1,"data":', JSON.stringify({v: 1, data: {t: {who: 3}, c: []}}), JSON.stringify({v: 1, data: {t: null, c: []}}), JSON.stringify({v: 1, data: {c: 'x'}}), JSON.stringify({v: 2, data: {t: {}, c: []}})]) {
      localStorage.setItem(KEY, raw);
      const {result: el, warnings} = await withWarnings(() => prep(true));
      expect(warnings.join('\n'), raw).to.contain('<ms-appointment-prep>');
      expect(field(el, 'who').value, raw).to.equal('');
      write(el, 'changes', 'still works');
      expect(stored().data.t.changes, raw).to.equal('still works');
    }
    const unblock = blockStorage();
    try {
      const {result: el, warnings} = await withWarnings(async () => {
        const el = await prep(true);
        write(el, 'changes', 'typed anyway');
        await el.updateComplete;
        return el;
      });
      expect(warnings.join()).to.contain('blocked');
      expect(field(el, 'changes').value).to.equal('typed anyway');
      expect(shadowText(el)).to.contain('This browser did not let us save your notes. Print or download them');
    } finally {
      unblock();
    }
  });

  it('never loses what the reader typed: language, theme, moving, adding persist', async () => {
    localStorage.setItem(KEY, JSON.stringify({v: 1, data: {t: {changes: 'an older draft'}, c: []}}));
    const wrapper = await fixture<HTMLElement>(html`<div><ms-appointment-prep></ms-appointment-prep></div>`);
    const el = wrapper.querySelector('ms-appointment-prep')!;
    field(el, 'changes').focus();
    await sendKeys({type: 'Numb since May'});
    box(el, 'began:hard-time').click();
    wrapper.setAttribute('lang', 'de');
    el.setAttribute('theme', 'dark');
    await settle(el);
    document.body.append(el);
    await el.updateComplete;
    expect(field(el, 'changes').value).to.equal('Numb since May');
    expect(box(el, 'began:hard-time').checked).to.equal(true);

    el.persist = true; // what was typed wins over the older saved draft
    await el.updateComplete;
    expect(field(el, 'changes').value).to.equal('Numb since May');
    expect(stored().data).to.deep.equal({t: {changes: 'Numb since May'}, c: ['began:hard-time']});
    el.remove();
  });

  it('offers to add the warning signs ticked on the same page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <ms-warning-signs></ms-warning-signs>
      <ms-appointment-prep></ms-appointment-prep>
    </div>`);
    const signs = page.querySelector('ms-warning-signs')!;
    const el = page.querySelector('ms-appointment-prep')!;
    await settle(el);
    expect(shadow(el).querySelector('[part="signs"]')).to.equal(null);
    const signBoxes = [...shadow(signs).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    signBoxes[3]!.click(); // crying
    // The offer's code is fetched once a checklist is on the page; it appears when it is here.
    await waitUntil(() => shadow(el).querySelector('[part="signs"]'), 'the offer to add the ticked sign');
    expect(shadow(el).querySelector('[part="signs"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Add the warning sign I ticked on this page'
    );
    signBoxes[0]!.click(); // hobbies
    await el.updateComplete;
    const offer = box(el, 'signs');
    expect(offer.labels![0]!.textContent!.trim()).to.equal('Add the 2 warning signs I ticked on this page');
    const texts = warningSigns();
    expect([...shadow(el).querySelectorAll('[part="signs"] li')].map((li) => li.textContent)).to.deep.equal([
      texts[0]!.text,
      texts[3]!.text,
    ]);
    offer.click();
    write(el, 'changes', 'Flat');
    const text = await el.download()!.text();
    expect(text).to.contain(`Warning signs I ticked\r\n- ${texts[0]!.text}\r\n- ${texts[3]!.text}\r\n`);

    // Unticking every sign removes the offer and the part from the sheet.
    signBoxes[0]!.click();
    signBoxes[3]!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="signs"]')).to.equal(null);
    expect(await el.download()!.text()).not.to.contain('Warning signs');
  });

  it('finds signs ticked before it loaded, and the host’s own list of signs', async () => {
    localStorage.setItem('ms-widgets:warning-signs', JSON.stringify({v: 1, data: {list: 'article', checked: ['motions']}}));
    const page = await fixture<HTMLElement>(html`<div>
      <ms-warning-signs persist></ms-warning-signs>
      <ms-appointment-prep></ms-appointment-prep>
    </div>`);
    const el = page.querySelector('ms-appointment-prep')!;
    await waitUntil(() => shadow(el).querySelector('[part="signs"]'), 'the offer to add the sign ticked before');
    expect([...shadow(el).querySelectorAll('[part="signs"] li')].map((li) => li.textContent)).to.deep.equal([
      warningSigns()[4]!.text,
    ]);

    const custom = await fixture<HTMLElement>(html`<div>
      <ms-warning-signs><ul><li>Sleeping all day</li><li>No interest in food</li></ul></ms-warning-signs>
      <ms-appointment-prep></ms-appointment-prep>
    </div>`);
    const signs = custom.querySelector('ms-warning-signs')!;
    const prepEl = custom.querySelector('ms-appointment-prep')!;
    await settle(signs);
    shadow(signs).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1]!.click();
    await waitUntil(() => shadow(prepEl).querySelector('[part="signs"]'), 'the offer to add the host’s sign');
    expect([...shadow(prepEl).querySelectorAll('[part="signs"] li')].map((li) => li.textContent)).to.deep.equal([
      'No interest in food',
    ]);
  });

  it('warns about bad attributes and uses safe defaults', async () => {
    const {result: el, warnings} = await withWarnings(() =>
      fixture<MsAppointmentPrep>(html`<ms-appointment-prep heading-level="0" theme="neon" heading=""></ms-appointment-prep>`)
    );
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Get ready for your appointment');
    expect(warnings.some((w) => w.includes('<ms-appointment-prep>') && w.includes('"heading-level"="0"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('<ms-appointment-prep>') && w.includes('"theme"="neon"'))).to.equal(true);
    expect(shadowText(el)).not.to.match(/NaN|undefined|null|\[object/);

    const custom = await fixture<MsAppointmentPrep>(html`<ms-appointment-prep heading="Before you go" heading-level="5"></ms-appointment-prep>`);
    expect(shadow(custom).querySelector('h5')!.textContent).to.equal('Before you go');
  });

  it('takes its language from the nearest lang, also for the printed sheet', async () => {
    registerLocale('fr', async () => ({
      templates: {
        [generateMsgId('Notes for my appointment', false)]: 'Notes pour mon rendez-vous',
        [generateMsgId('Which medicines do you take?', false)]: 'Quels médicaments prenez-vous ?',
      },
    }));
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA"><ms-appointment-prep></ms-appointment-prep></div>`);
    const el = wrapper.querySelector('ms-appointment-prep')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('fr');
    expect(shadow(el).querySelector('legend')!.textContent!.trim()).to.equal('Quels médicaments prenez-vous ?');
    write(el, 'changes', 'Plat');
    el.printer = () => {};
    const job = el.print()!;
    expect(job.document.documentElement.lang).to.equal('fr');
    expect(job.document.querySelector('h1')!.textContent).to.equal('Notes pour mon rendez-vous');
    await job.done;
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await setViewport({width: 320, height: 640});
    try {
      const el = await prep();
      await fill(el);
      write(el, 'changes', 'averyveryverylongwordwithoutanyspacesinsideitatallxxxxxxxxxxxxxxxxxxxxxx');
      await nextFrames();
      expect(pageScrollsSideways()).to.equal(false);
    } finally {
      await setViewport({width: 1024, height: 768});
    }
  });

  it('has no axe violations in light, dark and forced colors', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <ms-warning-signs></ms-warning-signs>
      <ms-appointment-prep></ms-appointment-prep>
    </div>`);
    const el = page.querySelector('ms-appointment-prep')!;
    const signs = page.querySelector('ms-warning-signs')!;
    await settle(signs);
    shadow(signs).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await fill(el);
    await expectAccessibleInAllThemes(el);
    button(el, 'Clear my notes')!.click();
    await el.updateComplete;
    await expectAccessibleInAllThemes(el);
  });
});
