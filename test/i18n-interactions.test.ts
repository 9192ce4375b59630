/**
 * Text made after the first render is in the widget's language too: what the
 * live regions announce after the reader presses buttons, what is printed and
 * what is downloaded. Each run (French, German, Arabic) collects those texts
 * and fails on any string of the English catalogue (the <source> strings of
 * xliff/<lang>.xlf whose translation differs from the English). It also fails
 * if msg() was called outside any widget's language scope.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {captureWarnings} from './helpers.js';
import {rendered} from './robustness/widgets.js';

type Catalogue = {whole: Set<string>; phrases: string[]};

/** The English strings that `lang` translates differently (placeholders split the pieces). */
async function englishCatalogue(lang: string): Promise<Catalogue> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${lang}.xlf`)).text(), 'application/xml');
  const whole = new Set<string>();
  const phrases: string[] = [];
  for (const unit of xml.querySelectorAll('trans-unit')) {
    const pieces = (node: Element | null) =>
      [...(node?.childNodes ?? [])].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent! : '\u0000')).join('').split('\u0000');
    const source = pieces(unit.querySelector('source')).map((p) => p.replace(/\s+/g, ' ').trim());
    const target = pieces(unit.querySelector('target')).join(' ').replace(/\s+/g, ' ').trim();
    for (const piece of source) {
      if (!/\p{L}{3,}/u.test(piece) || target.includes(piece)) continue; // same in both languages (names, numbers)
      if (piece.split(' ').length >= 3) phrases.push(piece);
      else whole.add(piece);
    }
  }
  return {whole, phrases};
}

function english(texts: string[], catalogue: Catalogue): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const line of text.split(/\r?\n/).map((l) => l.replace(/^[-•]\s*/, '').trim())) {
      if (catalogue.whole.has(line)) found.push(line);
      for (const phrase of catalogue.phrases) if (line.includes(phrase)) found.push(phrase);
    }
  }
  return found;
}

/** The text of every live region in the widget (role=status/alert, aria-live). */
function liveText(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [aria-live]')]
    .map((n) => n.textContent!.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

async function place<T extends HTMLElement>(tag: string, lang: string, attrs: string[] = []): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as T;
  for (const a of attrs) el.setAttribute(a, '');
  wrapper.append(el);
  return rendered(el);
}

const settle = async (el: Element) => {
  await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  await new Promise((r) => setTimeout(r));
};
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];

for (const lang of ['fr', 'de', 'ar']) {
  describe(`${lang}: text made after the first render is in the widget's language`, () => {
    let catalogue: Catalogue;
    let warnings: ReturnType<typeof captureWarnings>;
    before(async () => (catalogue = await englishCatalogue(lang)));
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => {
      warnings.restore();
      localStorage.clear();
      const outside = warnings.messages.filter((w) => w.includes('language scope'));
      expect(outside, 'msg() called outside a widget').to.deep.equal([]);
    });

    it('warning signs: ticking and unticking announces the count in the language', async () => {
      const el = await place('ms-warning-signs', lang);
      const heard: string[] = [];
      const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      for (const i of [0, 2, 4]) {
        boxes()[i]!.click();
        await settle(el);
        heard.push(...liveText(el));
      }
      boxes()[2]!.click();
      await settle(el);
      heard.push(...liveText(el));
      expect(heard.length).to.be.greaterThan(3);
      expect(new Set(heard).size, 'the count changes').to.be.greaterThan(2);
      expect(english(heard, catalogue)).to.deep.equal([]);
    });

    it('journal: deleting the writing announces it in the language', async () => {
      const el = await place('ms-journal-prompts', lang, ['writing']);
      const box = el.shadowRoot!.querySelector('textarea')!;
      box.value = 'Quelques mots';
      box.dispatchEvent(new Event('input'));
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('#delete')!.click();
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-confirm="delete"]')!.click();
      await settle(el);
      const heard = liveText(el);
      expect(box.value).to.equal('');
      expect(heard.join(' ')).to.match(/\p{L}{3,}/u);
      expect(english(heard, catalogue)).to.deep.equal([]);
    });

    it('mood diary: deleting a day and all days announces it in the language', async () => {
      const el = await place('ms-mood-color', lang, ['persist']);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.day button')!.click();
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-confirm="delete"]')!.click();
      await settle(el);
      const heard = liveText(el);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await settle(el);
      buttons(el).find((b) => !b.closest('.day') && !b.dataset.confirm)!.click(); // "Delete all days"
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-confirm="delete"]')!.click();
      await settle(el);
      heard.push(...liveText(el));
      expect(heard).to.have.length(2);
      expect(heard[0]).not.to.equal(heard[1]);
      expect(english(heard, catalogue)).to.deep.equal([]);
    });

    it('appointment sheet: printing, downloading and clearing are in the language', async () => {
      const el = await place<HTMLElement & {printer?: (w: Window) => void}>('ms-appointment-prep', lang);
      const printed: string[] = [];
      el.printer = (win) => printed.push(win.document.body.innerText);
      const [print, download] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="actions"] button')];
      print!.click(); // empty sheet: the status line says so
      await settle(el);
      const heard = liveText(el);
      const who = el.shadowRoot!.querySelector<HTMLInputElement>('#who')!;
      who.value = 'Dr Martin';
      who.dispatchEvent(new Event('input'));
      for (const box of [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].slice(0, 2)) box.click();
      await settle(el);
      print!.click();
      await settle(el);
      const blobs: Blob[] = [];
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), createObjectURL(blob));
      try {
        download!.click();
      } finally {
        URL.createObjectURL = createObjectURL;
      }
      await settle(el);
      heard.push(...liveText(el));
      el.shadowRoot!.querySelector<HTMLButtonElement>('#clear')!.click();
      // The question's code is fetched once there are notes; it opens when it is here.
      await waitUntil(() => el.shadowRoot!.querySelector('[data-confirm="delete"]'), 'the clear question');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-confirm="delete"]')!.click();
      await settle(el);
      heard.push(...liveText(el));
      const file = await blobs[0]!.text();
      expect(printed).to.have.length(1);
      expect(printed[0]).to.contain('Dr Martin');
      expect(file).to.contain('Dr Martin');
      expect(heard).to.have.length(3);
      expect(english(heard, catalogue), 'live regions').to.deep.equal([]);
      expect(english(printed, catalogue), 'printed sheet').to.deep.equal([]);
      expect(english([file], catalogue), 'downloaded file').to.deep.equal([]);
    });
  });
}

describe('the English catalogue check can fail', () => {
  it('finds English text in a French string', async () => {
    const catalogue = await englishCatalogue('fr');
    expect(english(['Your writing was deleted.', 'Votre texte a été supprimé.'], catalogue)).to.deep.equal(['Your writing was deleted.']);
  });
});

describe('msg() outside a widget', () => {
  it('warns once per call site in development, naming the caller, and gives the English text', async function () {
    const {msg} = await import('../src/core/localize.js');
    const capture = captureWarnings();
    try {
      const outsideAnyWidget = () => msg('Your writing was deleted.');
      // Both calls from one place: WebKit makes proper tail calls, so its stack
      // skips outsideAnyWidget and names the place that called it.
      const texts: string[] = [];
      for (let i = 0; i < 2; i++) texts.push(outsideAnyWidget());
      expect(texts).to.deep.equal(['Your writing was deleted.', 'Your writing was deleted.']);
      const warned = capture.messages.filter((m) => m.includes('language scope'));
      expect(warned).to.have.length(1);
      // Chromium and Firefox name the function; WebKit's stack gives only its place in this file.
      expect(warned[0]).to.match(/outsideAnyWidget|i18n-interactions\.test\.ts/);
    } finally {
      capture.restore();
    }
  });
});
