import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '../../../test/commands.js';
import './define.js';
import {questions} from './content.js';
import {medications} from '../../content/medications.js';
import {shadowText} from '../../../test/helpers.js';
import {shadow, field, box, button, status, stored, write, fill, EXPECTED, captureDownloads, tabTo, prep} from './appointment-prep.fixture.js';

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
    await waitUntil(() => help.querySelectorAll('a').length > 1, 'the crisis line, loaded right after the first paint');
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

});
