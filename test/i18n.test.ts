/**
 * Languages: every widget rendered in every language. Fails on any string
 * left in English in a non-English widget (a missing translation, or text
 * rendered outside msg(), which stays English everywhere), except names,
 * citations and numbers. Also checks right-to-left layout in Arabic.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {withWarnings} from './helpers.js';
import {rendered, REQUIRED, widgets} from './robustness/widgets.js';

const LOCALES = ['fr', 'de', 'es', 'it', 'nl', 'ar'];

/**
 * Text that is the same in English and in a translation on purpose: names of
 * people, organisations, helplines and medicines, abbreviations, and words
 * that the language shares with English. Keep this list short and specific.
 */
const SAME_IN_ALL = [
  /^(Alex|Mariah|Devon)\b/, /Samaritans/, /Lifeline/, /TelefonSeelsorge/, /Telefono Amico/, /Zelfmoordpreventie/,
  /^(RRMS|SPMS)$/, /^EMDR$/, /^MS$/, /^SMS$/, /^OK$/i,
];
const SAME_IN: Record<string, RegExp[]> = {
  fr: [/^(Motivation|Pause|Stop|Total|Dopamine|Sérotonine|Baclofène|Interféron|Date|Note|Minutes?)$/i, /^\d+ minutes?$/],
  de: [/^(Stop|Start|Pause|Dopamin|Serotonin|Noradrenalin|Baclofen|Interferon-beta|Name|Notiz|Minuten?)$/i],
  es: [/^(Total|Dopamina|Serotonina|Baclofeno|Interferón beta|Normal)$/i],
  it: [/^(Stop|Start|Pausa|Dopamina|Serotonina|Baclofen|Interferone beta|Box|Normale)$/i],
  nl: [/^(Amygdala|Start|Stop|Pauze|Dopamine|Serotonine|Noradrenaline|Baclofen|Interferon-bèta|Interferon-beta|Box|Normaal)$/i],
  ar: [],
};

/** Text nodes (and labels) of the widget's shadow DOM in its own language, skipping parts marked with another lang. */
function texts(el: Element, locale: string): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.localName === 'style') return;
      const lang = node.getAttribute('lang');
      if (lang && lang.split('-')[0] !== locale) return; // e.g. citations kept in English on purpose
      // Country names in the crisis help's chooser come from Intl.DisplayNames in the widget's language ("Canada" is Canada in French too).
      if (node.localName === 'option' && (node as HTMLOptionElement).value) return;
      for (const attr of ['aria-label', 'placeholder', 'title', 'aria-roledescription']) {
        const v = node.getAttribute(attr);
        if (v) out.push(v.trim());
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node.textContent!.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(el.shadowRoot!);
  return out;
}

const wordy = (t: string) => /\p{L}{3,}/u.test(t);

async function renderIn(tag: string, lang: string): Promise<Element> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag);
  for (const [name, v] of Object.entries(REQUIRED[tag] ?? {})) el.setAttribute(name, v);
  wrapper.append(el);
  await rendered(el);
  return el;
}

for (const locale of LOCALES) {
  describe(`${locale}: every widget is translated`, () => {
    for (const {tag} of widgets) {
      it(tag, async () => {
        const english = new Set(texts(await renderIn(tag, 'en'), 'en'));
        const {result: el, warnings} = await withWarnings(() => renderIn(tag, locale));
        expect(el.shadowRoot!.querySelector('.base')?.getAttribute('lang')).to.equal(locale);
        const allowed = [...SAME_IN_ALL, ...SAME_IN[locale]!];
        const untranslated = texts(el, locale).filter(
          (t) => wordy(t) && english.has(t) && !allowed.some((re) => re.test(t))
        );
        expect(untranslated, `${tag} in ${locale} shows English`).to.deep.equal([]);
        expect(warnings.filter((w) => w.includes('translation')), 'no load warnings').to.deep.equal([]);
      });
    }
  });
}

describe('regional tags and right to left', () => {
  it('falls back from a regional tag to the base language (fr-CA, de-AT)', async () => {
    for (const [tag, locale] of [['fr-CA', 'fr'], ['de-AT', 'de']]) {
      const el = await renderIn('ms-numbness-comparison', tag!);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal(locale);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).not.to.equal('Numbness or sadness: what is the difference?');
    }
  });

  for (const {tag} of widgets) {
    it(`${tag} in Arabic is laid out right to left`, async () => {
      const el = await renderIn(tag, 'ar');
      const base = el.shadowRoot!.querySelector<HTMLElement>('.base');
      if (!base || !base.getBoundingClientRect().height) return; // renders nothing visible (support link without href)
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      // The first line of text starts at the right edge, not the left.
      const heading = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, p, legend');
      if (heading?.firstChild) {
        const range = document.createRange();
        range.selectNodeContents(heading);
        const text = range.getClientRects()[0]!;
        const box = base.getBoundingClientRect();
        expect(box.right - text.right, `${tag}: text hugs the right edge`).to.be.below(box.width / 3);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('mirrors the comparison table: the first column is on the right', async () => {
    const el = await renderIn('ms-numbness-comparison', 'ar');
    const [first, second] = [...el.shadowRoot!.querySelectorAll('thead th')];
    expect(first!.getBoundingClientRect().left).to.be.greaterThan(second!.getBoundingClientRect().left);
  });
});

describe('text made outside rendering', () => {
  it('a download from a French journal is in French', async () => {
    const el = (await renderIn('ms-journal-prompts', 'fr')) as Element & {download(): Blob};
    el.setAttribute('writing', '');
    await rendered(el);
    const text = await el.download().text();
    expect(text).not.to.contain('If I could feel something today');
    expect(text).not.to.contain('When did I last feel joy');
  });
});
