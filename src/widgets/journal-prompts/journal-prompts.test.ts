import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '../../../test/commands.js';
import './define.js';
import type {MsJournalPrompts} from './journal-prompts.js';
import {shadowText} from '../../../test/helpers.js';
import {KEY, PROMPTS, shadow, clean, button, another, promptBox, promptText, area, focused, wait, next, typeInto, captureDownloads} from './journal-prompts.fixture.js';

describe('ms-journal-prompts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());
  it('shows one prompt at a time and cycles through the article’s four prompts', async () => {
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts></ms-journal-prompts>`);
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Prompts for your journal');
    const seen: string[] = [];
    const counts: string[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push(promptText(el));
      counts.push(clean(promptBox(el).querySelector('p')));
      await next(el);
    }
    expect(seen).to.deep.equal(PROMPTS);
    expect(counts).to.deep.equal(['Prompt 1 of 4', 'Prompt 2 of 4', 'Prompt 3 of 4', 'Prompt 4 of 4']);
    // After the last one, the first comes back.
    expect(promptText(el)).to.equal(PROMPTS[0]);
    // Without `writing` there is no writing box.
    expect(area(el)).to.equal(null);
    expect(shadowText(el)).to.contain('Think about it, or write in a notebook.');
  });

  it('announces a new prompt politely, with its count and hint', async () => {
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts></ms-journal-prompts>`);
    expect(promptBox(el).getAttribute('role')).to.equal('status');
    expect(promptBox(el).getAttribute('aria-atomic')).to.equal('true');
    await next(el, 3);
    expect(clean(promptBox(el))).to.equal(
      `Prompt 4 of 4 ${PROMPTS[3]} You can draw on paper, or describe it in words.`
    );
  });

  it('labels the writing box with the prompt and describes where the writing stays', async () => {
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing></ms-journal-prompts>`);
    const textarea = area(el);
    expect(clean(textarea.labels[0])).to.equal(PROMPTS[0]);
    const description = shadow(el).getElementById(textarea.getAttribute('aria-describedby')!)!;
    expect(clean(description)).to.equal(
      'What you write stays on this device and is not saved. It is gone when you leave the page. Download it to keep it.'
    );
    await next(el);
    expect(clean(area(el).labels[0])).to.equal(PROMPTS[1]);
  });

  it('keeps what the reader typed for each prompt while they switch prompts, using the keyboard only', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">before</button><ms-journal-prompts writing></ms-journal-prompts></div>`
    );
    const el = wrapper.querySelector('ms-journal-prompts')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal(another(el));
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal(area(el));
    await sendKeys({type: 'Warmth.'});

    // Back to "Another prompt", then on to the second prompt.
    await sendKeys({press: 'Shift+Tab'});
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(promptText(el)).to.equal(PROMPTS[1]);
    expect(area(el).value).to.equal('');
    await sendKeys({press: 'Tab'});
    await sendKeys({type: 'At the lake.'});

    // Round the four prompts: each keeps its own text.
    for (let i = 0; i < 3; i++) {
      await sendKeys({press: 'Shift+Tab'});
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      await sendKeys({press: 'Tab'});
    }
    expect(promptText(el)).to.equal(PROMPTS[0]);
    expect(area(el).value).to.equal('Warmth.');
    await next(el);
    expect(area(el).value).to.equal('At the lake.');
    await next(el);
    expect(area(el).value).to.equal('');
  });

  it('downloads a text file made in the browser with each prompt followed by its writing', async () => {
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing></ms-journal-prompts>`);
    await typeInto(el, 'Warmth.');
    await next(el, 2);
    await typeInto(el, 'Dear alive me,\nI miss you.');
    const capture = captureDownloads();
    try {
      const downloadButton = button(el, 'Download my writing')!;
      downloadButton.focus();
      await sendKeys({press: 'Enter'});
      expect(capture.files).to.have.length(1);
      expect(capture.names).to.deep.equal(['my-journal.txt']);
      const text = await capture.files[0]!.text();
      expect(capture.files[0]!.type).to.contain('text/plain');
      const date = new Intl.DateTimeFormat('en', {dateStyle: 'long'}).format(new Date());
      expect(text).to.equal(
        [
          'Prompts for your journal',
          date,
          `${PROMPTS[0]}\r\nWarmth.`,
          `${PROMPTS[1]}\r\n`,
          `${PROMPTS[2]}\r\nDear alive me,\r\nI miss you.`,
          `${PROMPTS[3]}\r\n`,
        ].join('\r\n\r\n') + '\r\n'
      );
    } finally {
      capture.restore();
    }
    // The public method returns the same kind of file.
    const capture2 = captureDownloads();
    try {
      const blob = el.download();
      expect(await blob.text()).to.contain(`${PROMPTS[0]}\r\nWarmth.`);
    } finally {
      capture2.restore();
    }
  });

  it('uses the host’s heading as the title of the download', async () => {
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing heading="My numb days"></ms-journal-prompts>`);
    const capture = captureDownloads();
    try {
      const text = await el.download().text();
      expect(text.split('\r\n')[0]).to.equal('My numb days');
    } finally {
      capture.restore();
    }
  });

  it('writes nothing to storage without persist', async () => {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (...args: [string, string]) {
      writes++;
      return setItem.apply(this, args);
    };
    try {
      const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing></ms-journal-prompts>`);
      await typeInto(el, 'Private words');
      area(el).blur();
      await next(el);
      await wait(800);
      el.remove();
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(writes).to.equal(0);
      expect(localStorage.length).to.equal(0);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('with persist, saves after a pause in typing and brings the writing back after a reload', async () => {
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing persist></ms-journal-prompts>`);
    expect(clean(shadow(el).getElementById('privacy'))).to.equal(
      'What you write stays on this device. It is saved in this browser until you delete it.'
    );
    await next(el);
    await typeInto(el, 'Last summer');
    // Not on every key press...
    expect(localStorage.getItem(KEY)).to.equal(null);
    // ...but soon after typing stops.
    await wait(800);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({v: 1, data: {p: 'joy', t: {joy: 'Last summer'}}});

    el.remove();
    const again = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing persist></ms-journal-prompts>`);
    // The reader is back on the prompt they were writing, with their words.
    expect(promptText(again)).to.equal(PROMPTS[1]);
    expect(area(again).value).to.equal('Last summer');
  });

  it('with persist, saves at once when the reader leaves the box or the page', async () => {
    const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing persist></ms-journal-prompts>`);
    await typeInto(el, 'Blue');
    area(el).blur();
    expect(JSON.parse(localStorage.getItem(KEY)!).data.t).to.deep.equal({feel: 'Blue'});

    area(el).focus();
    await sendKeys({type: ' sky'});
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(JSON.parse(localStorage.getItem(KEY)!).data.t).to.deep.equal({feel: 'Blue sky'});

    await sendKeys({type: '!'});
    el.remove();
    expect(JSON.parse(localStorage.getItem(KEY)!).data.t).to.deep.equal({feel: 'Blue sky!'});
  });

  it('asks in the page before deleting the writing, and can be cancelled', async () => {
    const confirm = window.confirm;
    window.confirm = () => {
      throw new Error('window.confirm must not be used');
    };
    try {
      const el = await fixture<MsJournalPrompts>(html`<ms-journal-prompts writing persist></ms-journal-prompts>`);
      await typeInto(el, 'Numb but here');
      area(el).blur();
      const remove = button(el, 'Delete my writing')!;
      remove.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;

      const group = shadow(el).querySelector('[part="confirm"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(clean(shadow(el).getElementById(group.getAttribute('aria-labelledby')!))).to.equal(
        'Delete everything you wrote here? You cannot undo this.'
      );
      // The safe choice has the focus.
      expect(clean(focused(el))).to.equal('No, keep it');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(area(el).value).to.equal('Numb but here');
      expect(focused(el)).to.equal(button(el, 'Delete my writing'));

      // Escape also keeps it.
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="confirm"]')).to.equal(null);
      expect(JSON.parse(localStorage.getItem(KEY)!).data.t).to.deep.equal({feel: 'Numb but here'});
    } finally {
      window.confirm = confirm;
    }
  });

});
