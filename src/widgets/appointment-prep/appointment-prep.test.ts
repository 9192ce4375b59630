import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '../../../test/commands.js';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import './define.js';
import '../warning-signs/define.js';
import type {MsAppointmentPrep} from './appointment-prep.js';
import {questions} from './content.js';
import {medications} from '../../content/medications.js';
import {warningSigns} from '../../content/warning-signs.js';
import {registerLocale} from '../../core/localize.js';
import {blockStorage, expectAccessibleInAllThemes, nextFrames, pageScrollsSideways, shadowText, withWarnings} from '../../../test/helpers.js';

const KEY = 'ms-widgets:appointment-prep';
const shadow = (el: Element) => el.shadowRoot!;
const field = <T extends HTMLElement = HTMLTextAreaElement>(el: Element, name: string) =>
  shadow(el).querySelector<T>(`[name="${name}"]`)!;
const box = (el: Element, value: string) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((b) => b.value === value)!;
const button = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const stored = () => JSON.parse(localStorage.getItem(KEY)!) as {v: number; data: {t: Record<string, string>; c: string[]}};
const settle = async (el: {updateComplete: Promise<unknown>}) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

/** Types into a field the way the browser reports typing. */
function write(el: Element, name: string, value: string) {
  const input = field<HTMLInputElement>(el, name);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
}

async function fill(el: MsAppointmentPrep) {
  write(el, 'who', 'Dr Patel');
  write(el, 'date', '2025-03-20');
  write(el, 'changes', 'I used to cry at films.\n\n  Now I feel blank.  ');
  box(el, 'med:baclofen').click();
  box(el, 'med:interferon-beta').click();
  write(el, 'meds', 'Vitamin D');
  box(el, 'began:flare').click();
  write(el, 'when', 'Since the winter');
  box(el, 'q:therapy').click();
  box(el, 'q:medicines').click();
  write(el, 'ask', 'How long might it take?');
  await el.updateComplete;
}

const DATE = new Intl.DateTimeFormat('en', {dateStyle: 'full'}).format(new Date(2025, 2, 20));
const EXPECTED = [
  'Notes for my appointment',
  'With: Dr Patel',
  `Date: ${DATE}`,
  '',
  'What has changed in how I react to things',
  '- I used to cry at films.',
  '- Now I feel blank.',
  '',
  'Medicines I take',
  '- Interferon-beta',
  '- Baclofen',
  '- Vitamin D',
  '',
  'When it began',
  '- After a flare-up of my MS',
  '- Since the winter',
  '',
  'Questions I want to ask',
  '- Could any of my medicines be adding to the numbness?',
  '- Could a therapy for feeling cut off from my feelings (dissociation), like EMDR or somatic therapy, help me?',
  '- How long might it take?',
  '',
  'This sheet is to help the conversation. It is not a diagnosis.',
  '',
].join('\r\n');

/** Records the files the page makes with URL.createObjectURL. */
function captureDownloads(): {blobs: Blob[]; restore: () => void} {
  const original = URL.createObjectURL;
  const blobs: Blob[] = [];
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    blobs.push(obj as Blob);
    return original.call(URL, obj);
  };
  return {blobs, restore: () => (URL.createObjectURL = original)};
}

/** Presses Tab until `target` has focus; returns how many presses it took (fails after `max`). */
async function tabTo(el: Element, target: Element, max = 12): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await sendKeys({press: 'Tab'});
    if (shadow(el).activeElement === target) return i;
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 60)}`);
}

function prep(persist = false) {
  return fixture<MsAppointmentPrep>(
    persist ? html`<ms-appointment-prep persist></ms-appointment-prep>` : html`<ms-appointment-prep></ms-appointment-prep>`
  );
}

describe('ms-appointment-prep', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('is a sheet of labelled questions from the article’s step 2', async () => {
    const el = await prep();
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Get ready for your appointment');
    expect(shadowText(el)).to.contain('Don’t just say “I’m fine”');
    // Every text box has a label.
    for (const input of shadow(el).querySelectorAll<HTMLInputElement>('textarea, input:not([type="checkbox"])')) {
      expect(input.labels!.length, input.name).to.equal(1);
      expect(input.labels![0]!.textContent!.trim(), input.name).not.to.equal('');
    }
    expect(field(el, 'changes').labels![0]!.textContent).to.equal('What has changed in how you react to things?');
    expect(shadow(el).getElementById(field(el, 'changes').getAttribute('aria-describedby')!)!.textContent).to.contain(
      'Use your own words'
    );
    const legends = [...shadow(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Which medicines do you take?', 'Did it begin after something?', 'Questions you could ask']);
    // Quick picks come from the medication table.
    const medBoxes = medications().map((m) => box(el, `med:${m.id}`));
    expect(medBoxes.map((b) => b.labels![0]!.textContent!.trim())).to.deep.equal(['Interferon-beta', 'Steroids', 'Baclofen', 'Antidepressants']);
    expect(box(el, 'began:flare').labels![0]!.textContent!.trim()).to.equal('After a flare-up of my MS');
    // Treatment options are questions to ask, never advice.
    const asked = questions().map((q) => box(el, `q:${q.id}`).labels![0]!.textContent!.trim());
    expect(asked).to.have.length(4);
    for (const q of asked) expect(q).to.match(/\?$/);
    expect(asked.join(' ')).to.contain('interferons').and.to.contain('bupropion').and.to.contain('EMDR or somatic therapy');
    expect(shadow(el).querySelector('[part="note"]')!.textContent).to.equal(
      'This sheet is to help the conversation. It is not a diagnosis.'
    );
    expect(shadowText(el)).to.contain('Do not stop or change a medicine on your own.');
    // Nothing can be submitted anywhere.
    expect(shadow(el).querySelector('form')).to.equal(null);
    for (const b of shadow(el).querySelectorAll('button')) expect(b.type).to.equal('button');
    // Targets are large.
    for (const label of shadow(el).querySelectorAll('label.check')) {
      expect(label.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  it('marks an empty date field as empty (WebKit draws today’s date in it), until a date is chosen', async () => {
    const el = await prep();
    expect(field<HTMLInputElement>(el, 'date').value).to.equal('');
    expect(field(el, 'date').hasAttribute('data-empty')).to.equal(true);
    write(el, 'date', '2025-03-20');
    await el.updateComplete;
    expect(field(el, 'date').hasAttribute('data-empty')).to.equal(false);
  });

  it('shows the crisis help line inline, in its own shadow DOM, for the host’s country', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><ms-appointment-prep country="IE"></ms-appointment-prep></div>`);
    const el = wrapper.querySelector('ms-appointment-prep')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('ms-crisis-help')).to.equal(null);
    const help = shadow(el).querySelector('[part="crisis"]')!;
    expect([...help.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:112', 'tel:116123']);
  });

  it('can be filled in, printed and downloaded with the keyboard only', async () => {
    const el = await prep();
    const printed: string[] = [];
    el.printer = (win) => printed.push(win.document.body.innerText);
    const downloads = captureDownloads();
    try {
      await tabTo(el, field(el, 'who'));
      await sendKeys({type: 'my neurologist'});
      await tabTo(el, field(el, 'changes'));
      await sendKeys({type: 'I feel flat'});
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement === box(el, 'med:interferon-beta'), 'first quick pick').to.equal(true);
      await sendKeys({press: 'Space'});
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Space'}); // Baclofen
      await tabTo(el, box(el, 'q:dopamine'));
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(field(el, 'who').value).to.equal('my neurologist');
      expect(field(el, 'changes').value).to.equal('I feel flat');
      expect([box(el, 'med:interferon-beta'), box(el, 'med:baclofen'), box(el, 'q:dopamine')].every((b) => b.checked)).to.equal(true);

      await tabTo(el, button(el, 'Print my notes')!);
      await sendKeys({press: 'Enter'});
      await new Promise((r) => setTimeout(r, 50));
      expect(printed).to.have.length(1);
      expect(printed[0]).to.contain('With: my neurologist').and.to.contain('Baclofen');

      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement === button(el, 'Download as a text file')).to.equal(true);
      await sendKeys({press: 'Enter'});
      expect(downloads.blobs).to.have.length(1);
      const text = await downloads.blobs[0]!.text();
      expect(text).to.contain('- I feel flat').and.to.contain('- Interferon-beta\r\n- Baclofen');
      expect(text).to.contain('- Could an antidepressant that acts on dopamine, like bupropion, be an option for me?');
      expect(status(el)).to.equal('Your notes are saved as a text file, in your downloads.');
    } finally {
      downloads.restore();
    }
  });

  it('downloads the sheet as the expected text file', async () => {
    const el = await prep();
    await fill(el);
    const downloads = captureDownloads();
    try {
      button(el, 'Download as a text file')!.click();
      expect(downloads.blobs).to.have.length(1);
      expect(downloads.blobs[0]!.type).to.contain('text/plain');
      expect(await downloads.blobs[0]!.text()).to.equal(EXPECTED);
      // The method gives the same file.
      expect(await el.download()!.text()).to.equal(EXPECTED);
    } finally {
      downloads.restore();
    }
  });

  it('prints a clean one-page summary in its own document, with print styles', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><ms-appointment-prep></ms-appointment-prep></div>`);
    const el = wrapper.querySelector('ms-appointment-prep')!;
    await fill(el);
    let printedWith: Window | undefined;
    el.printer = (win) => (printedWith = win);
    const job = el.print()!;
    const doc = job.document;
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(doc.title).to.equal('Notes for my appointment');
    expect(doc.querySelector('h1')!.textContent).to.equal('Notes for my appointment');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'What has changed in how I react to things',
      'Medicines I take',
      'When it began',
      'Questions I want to ask',
    ]);
    expect([...doc.querySelectorAll('h2 + ul')[1]!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Interferon-beta',
      'Baclofen',
      'Vitamin D',
    ]);
    expect(doc.querySelector('p.small')!.textContent).to.contain('It is not a diagnosis.');
    expect(doc.querySelectorAll('button, input, textarea, ms-crisis-help')).to.have.length(0);
    // The print document has its own stylesheet.
    expect(doc.adoptedStyleSheets).to.have.length(1);
    expect([...doc.adoptedStyleSheets[0]!.cssRules].some((r) => r.cssText.startsWith('body'))).to.equal(true);
    await job.done;
    expect(printedWith).to.exist;
    expect(document.querySelectorAll('iframe')).to.have.length(0);

    // Printing the host page itself hides the buttons and the help line, but keeps the answers.
    await emulateMedia({media: 'print'});
    try {
      expect(getComputedStyle(shadow(el).querySelector('[part="actions"]')!).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('[part="crisis"]')!).display).to.equal('none');
      expect(getComputedStyle(field(el, 'changes')).display).to.equal('block');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('tells the page when the sheet is printed or downloaded, without what was written', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><ms-appointment-prep></ms-appointment-prep></div>`);
    const el = wrapper.querySelector('ms-appointment-prep')!;
    el.printer = () => {};
    await fill(el);
    setTimeout(() => button(el, 'Print my notes')!.click());
    const printEvent = (await oneEvent(wrapper, 'ms-appointment-prep-export')) as CustomEvent;
    expect(printEvent.detail).to.deep.equal({format: 'print'});
    expect(printEvent.bubbles && printEvent.composed).to.equal(true);
    setTimeout(() => el.download());
    const downloadEvent = (await oneEvent(wrapper, 'ms-appointment-prep-export')) as CustomEvent;
    expect(downloadEvent.detail).to.deep.equal({format: 'download'});
  });

  it('does not print or download an empty sheet, and says why', async () => {
    const el = await prep();
    let printed = 0;
    el.printer = () => printed++;
    const downloads = captureDownloads();
    let events = 0;
    el.addEventListener('ms-appointment-prep-export', () => events++);
    try {
      write(el, 'who', 'Dr Patel'); // who and when alone are not notes
      button(el, 'Print my notes')!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('There is nothing on your sheet yet. Write or tick something first.');
      expect(el.download()).to.equal(undefined);
      await new Promise((r) => setTimeout(r, 20));
      expect(printed).to.equal(0);
      expect(downloads.blobs).to.have.length(0);
      expect(events).to.equal(0);
      expect(document.querySelectorAll('iframe')).to.have.length(0);
    } finally {
      downloads.restore();
    }
  });

  it('stores nothing without persist', async () => {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (...args: [string, string]) {
      writes++;
      return setItem.apply(this, args);
    };
    try {
      const el = await prep();
      el.printer = () => {};
      await fill(el);
      el.print();
      el.download();
      await new Promise((r) => setTimeout(r, 20));
      expect(writes).to.equal(0);
      expect(localStorage.length).to.equal(0);
      expect(shadowText(el)).to.contain('Nothing is saved or sent.');
      expect(button(el, 'Clear my notes')).to.exist;
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('with persist keeps the draft on this device and brings it back', async () => {
    const el = await prep(true);
    expect(shadowText(el)).to.contain('kept only in this browser');
    await fill(el);
    expect(stored().v).to.equal(1);
    expect(stored().data.t.who).to.equal('Dr Patel');
    expect(stored().data.c).to.deep.equal(['med:baclofen', 'med:interferon-beta', 'began:flare', 'q:therapy', 'q:medicines']);
    box(el, 'q:therapy').click();
    expect(stored().data.c).not.to.include('q:therapy');

    const again = await prep(true);
    expect(field(again, 'changes').value).to.equal('I used to cry at films.\n\n  Now I feel blank.  ');
    expect(field<HTMLInputElement>(again, 'date').value).to.equal('2025-03-20');
    expect(box(again, 'med:interferon-beta').checked).to.equal(true);
    expect(box(again, 'q:therapy').checked).to.equal(false);
  });

  it('clears after an in-page confirmation; Escape or "No" keeps everything', async () => {
    const el = await prep(true);
    await fill(el);
    const clear = button(el, 'Clear my notes')!;
    clear.focus();
    await sendKeys({press: 'Enter'});
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
    await el.updateComplete;
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
    await settle(el);
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
    await prepEl.updateComplete;
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
