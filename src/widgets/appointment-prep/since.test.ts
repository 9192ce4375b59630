/**
 * ms-appointment-prep's "since my last appointment" part, its calendar
 * reminder and "delete everything", with stores seeded as ms-mood-color and
 * ms-warning-signs write them, in English, French and Arabic (real
 * translations from xliff/).
 */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import ICAL from 'ical.js';
import './define.js';
import {expectAccessibleInAllThemes, shadowText, withWarnings} from '../../../test/helpers.js';
import {seedDiaries as seed} from './since.fixture.js';

const shadow = (el: Element) => el.shadowRoot!;
const panel = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="since"]');
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (root: ParentNode | null) => [...(root?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.trim());
const button = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
const includeBox = (el: Element) => panel(el)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const settle = async (el: {updateComplete: Promise<unknown>}) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  }
};
function write(el: Element, name: string, value: string, type = 'input') {
  const input = shadow(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event(type, {bubbles: true, composed: true}));
}
function captureDownloads(): {blobs: Blob[]; restore: () => void} {
  const original = URL.createObjectURL;
  const blobs: Blob[] = [];
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    blobs.push(obj as Blob);
    return original.call(URL, obj);
  };
  return {blobs, restore: () => (URL.createObjectURL = original)};
}

/** 30 May 2026, 10:00 local time. */
const NOW = () => new Date(2026, 4, 30, 10);

async function sheet(lang = 'en', persist = true) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('ms-appointment-prep');
  el.now = NOW;
  el.persist = persist;
  el.printer = () => {};
  wrapper.append(el);
  await settle(el);
  return el;
}

describe('ms-appointment-prep: since my last appointment', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('sums up the stored days for the last 30 days, and carries the summary into the print and the download', async () => {
    seed();
    const el = await sheet('en-GB');
    expect(panel(el)!.querySelector('legend')!.textContent).to.equal('Since my last appointment');
    expect(shadow(el).querySelector<HTMLInputElement>('#since')!.value).to.equal('2026-05-01');
    expect([...panel(el)!.querySelectorAll('[role="heading"]')].map((h) => h.textContent)).to.deep.equal([
      'My mood colours since 1 May 2026',
      'Warning signs I ticked since 1 May 2026',
    ]);
    expect(items(panel(el))).to.deep.equal([
      'Grey: 12 days',
      'Calm blue: 2 days',
      'Sunny yellow: 1 day',
      'I pull away from people, but I don’t feel lonely. Ticked on 9 May.',
      'I can’t cry, even when I am upset. Ticked on 3 May and 9 May.',
    ]);
    // The reader's word for a day is never shown or printed.
    expect(shadowText(el)).not.to.contain('secret word');
    expect(includeBox(el).checked).to.equal(true);

    const job = el.print()!;
    const headings = [...job.document.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).to.include('My mood colours since 1 May 2026');
    expect(items(job.document)).to.include('Grey: 12 days');
    await job.done;
    const text = await el.download()!.text();
    expect(text).to.contain('Warning signs I ticked since 1 May 2026\r\n- I pull away');
    expect(text).to.contain('- I can’t cry, even when I am upset. Ticked on 3 May and 9 May.');
    expect(text).not.to.contain('secret word');

    // The reader picks another start date.
    write(el, 'since', '2026-05-10', 'change');
    await el.updateComplete;
    expect(items(panel(el))).to.deep.equal(['Grey: 3 days', 'Calm blue: 2 days', 'Sunny yellow: 1 day']);
    write(el, 'since', '2026-04-01', 'change');
    await el.updateComplete;
    expect(items(panel(el))).to.include('Fiery red: 1 day').and.to.include('I have stopped enjoying my favourite hobbies. Ticked on 12 April.');

    // Left out, it is in neither the print nor the download.
    includeBox(el).click();
    await el.updateComplete;
    expect(el.download()).to.equal(undefined);
    write(el, 'changes', 'Flat');
    await el.updateComplete;
    expect(await el.download()!.text()).not.to.contain('since');
    // The choice is remembered with the draft.
    const again = await sheet('en-GB');
    expect(includeBox(again).checked).to.equal(false);
    expect(again.shadowRoot!.querySelector<HTMLInputElement>('#since')!.value).to.equal('2026-04-01');
  });

  it('is worded in the sheet’s own language, with its plural forms (French, Arabic)', async () => {
    seed();
    const fr = await sheet('fr');
    expect(panel(fr)!.querySelector('legend')!.textContent).to.equal('Depuis mon dernier rendez-vous');
    expect(items(panel(fr))).to.deep.include.members(['Gris : 12 jours', 'Jaune soleil : 1 jour']);
    expect(items(panel(fr)).at(-1)).to.match(/ Coché le 3 mai et 9 mai\.$/);
    expect(await fr.download()!.text()).to.contain('Mes couleurs d’humeur depuis le 1 mai 2026');

    const ar = await sheet('ar');
    expect(shadow(ar).querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    const counts = items(panel(ar)).slice(0, 3).map((t) => t.split(': ')[1]);
    const n = (x: number) => new Intl.NumberFormat('ar').format(x);
    // 12 is "many", 2 is "two" and 1 is "one" in Arabic.
    expect(counts).to.deep.equal([`${n(12)} يومًا`, `${n(2)} يومان`, `${n(1)} يوم`]);
  });

  it('leaves no English in the summary, the reminder and the delete question in any language', async () => {
    seed();
    const english = await sheet('en');
    button(english, 'Delete everything saved on this device')!.click();
    // The question's code is fetched with `persist`; it opens as soon as it is here.
    await waitUntil(() => shadow(english).querySelector('#forget-q'), 'the delete question');
    const part = (el: Element) =>
      ['[part="since"]', '[part="reminder"]', '#forget', '#forget-q'].map((q) => text(shadow(el).querySelector(q))).join(' | ');
    const source = part(english);
    for (const lang of ['fr', 'de', 'es', 'it', 'nl', 'ar']) {
      const el = await sheet(lang);
      shadow(el).querySelector<HTMLButtonElement>('#forget')!.click();
      await waitUntil(() => shadow(el).querySelector('#forget-q'), 'the delete question');
      const translated = part(el);
      for (const phrase of ['Since my last appointment', 'From this date', 'My mood colours', 'Add this summary', ' days', 'Ticked on', 'Add a reminder', 'Delete everything']) {
        expect(source, lang).to.contain(phrase);
        expect(translated, `${lang}: ${phrase}`).not.to.contain(phrase);
      }
    }
  });

    it('says when nothing was saved, and offers nothing to add', async () => {
    const el = await sheet();
    expect(text(panel(el))).to.contain('Nothing was saved on this device for this time.');
    expect(panel(el)!.querySelector('input[type="checkbox"]')).to.equal(null);
  });

  it('reads nothing without persist, and drops corrupt or old stores with one warning', async () => {
    seed();
    const getItem = Storage.prototype.getItem;
    let reads = 0;
    Storage.prototype.getItem = function (key: string) {
      reads++;
      return getItem.call(this, key);
    };
    try {
      const el = await sheet('en', false);
      expect(panel(el)).to.equal(null);
      expect(button(el, 'Delete everything saved on this device')).to.equal(undefined);
      expect(reads).to.equal(0);
    } finally {
      Storage.prototype.getItem = getItem;
    }

    localStorage.setItem('ms-widgets:mood-color', '{broken');
    localStorage.setItem('ms-widgets:warning-signs-history', JSON.stringify({v: 9, data: {}}));
    const {result: el, warnings} = await withWarnings(() => sheet());
    expect(warnings.filter((w) => w.includes('<ms-appointment-prep>'))).to.have.length(2);
    expect(text(panel(el))).to.contain('Nothing was saved');
    expect(shadowText(el)).not.to.match(/NaN|undefined|Invalid Date/);
  });

  it('adds a reminder as an .ics file with the date, time and title in the sheet’s language', async () => {
    const downloads = captureDownloads();
    try {
      const el = await sheet('fr');
      button(el, 'Ajouter un rappel à mon agenda')!.click();
      await settle(el);
      expect(shadow(el).querySelector('[part="reminder"] [role="status"]')!.textContent!.trim()).to.equal(
        'Écrivez d’abord la date et l’heure du rendez-vous.'
      );
      // Focus stays where the reader is (nothing scrolls or jumps); the status line says what is missing.
      expect(shadow(el).activeElement).not.to.equal(shadow(el).querySelector('#date'));
      expect(downloads.blobs).to.have.length(0);

      write(el, 'who', 'Dr Martin, neurologue');
      write(el, 'date', '2026-06-15');
      write(el, 'time', '14:30');
      await el.updateComplete;
      setTimeout(() => button(el, 'Ajouter un rappel à mon agenda')!.click());
      const {detail} = await oneEvent(el, 'ms-appointment-prep-export');
      expect(detail).to.deep.equal({format: 'calendar'});
      const blob = downloads.blobs.at(-1)!;
      expect(blob.type).to.contain('text/calendar');
      const text = await blob.text();
      expect(text).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
      const event = new ICAL.Event(vevent);
      expect(event.summary).to.equal('Rendez-vous avec Dr Martin, neurologue');
      expect(text).to.contain('SUMMARY;LANGUAGE=fr:Rendez-vous avec Dr Martin\\, neurologue');
      const start = event.startDate;
      expect([start.year, start.month, start.day, start.hour, start.minute, start.zone?.tzid]).to.deep.equal([2026, 6, 15, 14, 30, 'floating']);
      expect(event.duration.toSeconds()).to.equal(3600);
      expect(event.uid).to.match(/@ms-numbness-widgets$/);
      expect(vevent.getFirstPropertyValue('dtstamp')).to.exist;
      expect(shadow(el).querySelector('[part="reminder"] [role="status"]')!.textContent).to.contain('agenda');
      // The sheet's header says the time too.
      write(el, 'changes', 'Plat');
      expect(await el.download()!.text()).to.contain('Heure : 14:30');
    } finally {
      downloads.restore();
    }
  });

  it('returns the reminder file at once, or nothing and says what is missing (English and Arabic)', async () => {
    const downloads = captureDownloads();
    try {
      for (const [lang, missing, saved] of [
        ['en', 'Write the date and the time of the appointment first.', 'in your downloads'],
        ['ar', 'اكتب أولًا تاريخ الموعد ووقته.', 'ملف تقويم'],
      ] as const) {
        // A fresh sheet the reader never focused or pointed at: nothing was fetched for it since the first paint.
        const el = await sheet(lang, false);
        const line = () => shadow(el).querySelector('[part="reminder"] [role="status"] > .same-size > span')!.textContent!.trim();
        expect(line(), lang).to.equal('');
        write(el, 'date', '2026-06-15');
        expect(el.downloadReminder(), `${lang}: no time`).to.equal(undefined);
        await el.updateComplete;
        expect(line(), lang).to.equal(missing);
        expect(downloads.blobs, lang).to.have.length(0);

        write(el, 'time', '09:05');
        const blob = el.downloadReminder();
        expect(blob, `${lang}: the file, returned at once`).to.be.instanceOf(Blob);
        expect(downloads.blobs.at(-1), lang).to.equal(blob);
        expect(await blob!.text(), lang).to.contain('DTSTART:20260615T090500\r\n');
        await el.updateComplete;
        expect(line(), lang).to.contain(saved);
        downloads.blobs.length = 0;
      }
    } finally {
      downloads.restore();
    }
  });

  it('has no axe violations with the summary and the confirmation', async () => {
    seed();
    const el = await sheet();
    await expectAccessibleInAllThemes(el);
    button(el, 'Delete everything saved on this device')!.click();
    await waitUntil(() => shadow(el).querySelector('#forget-q'), 'the delete question');
    await settle(el);
    await expectAccessibleInAllThemes(el);
  });
});
