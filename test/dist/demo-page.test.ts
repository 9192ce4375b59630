/**
 * The demo page (dist/demo/index.html) as a reader sees it: its own words in
 * each language it offers, no heading said twice, and the ticks privacy line
 * once.
 */
import {expect} from '@open-wc/testing';
import {DEMO_TEXT} from '../../demo/demo-text.js';

async function openDemo(query: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/dist/demo/index.html${query}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const end = performance.now() + 10000;
  while ([...doc.querySelectorAll('main *')].some((el) => el.localName.startsWith('ms-') && !el.shadowRoot?.querySelector('h1,h2,h3,h4'))) {
    if (performance.now() > end) throw new Error('widgets did not render');
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 300));
  return doc;
}

/** Headings in reading order, light DOM and the widgets' shadow roots. */
function headings(root: Document | ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (/^h[1-6]$/.test(el.localName) && (el as HTMLElement).offsetParent !== null) out.push((el.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (el.shadowRoot) out.push(...headings(el.shadowRoot));
  }
  return out;
}

function visibleText(root: Document | ShadowRoot, needle: string): number {
  let count = 0;
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) count += visibleText(el.shadowRoot, needle);
    else if (el.children.length === 0 && (el.textContent ?? '').includes(needle) && (el as HTMLElement).checkVisibility?.()) count++;
  }
  return count;
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('demo page', () => {
  for (const lang of Object.keys(DEMO_TEXT)) {
    it(`speaks ${lang} in its own words too`, async function () {
      this.timeout(20000);
      const doc = await openDemo(`?lang=${lang === 'en' ? 'en-GB' : lang === 'ar' ? 'ar' : `${lang}-${lang.toUpperCase()}`}`);
      const text = DEMO_TEXT[lang]!;
      expect(doc.querySelector('h1')!.textContent).to.equal(text.title);
      expect(doc.title).to.contain(text.title);
      for (const el of doc.querySelectorAll<HTMLElement>('[data-text]')) {
        expect(el.textContent, el.dataset.text).to.equal(text[el.dataset.text as keyof typeof text]);
      }
      if (lang !== 'en') expect(doc.body.querySelector('main')!.textContent).not.to.contain('This page explains why');
      expect(doc.documentElement.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      // The English name is isolated, so right-to-left punctuation does not jump around it.
      for (const name of doc.querySelectorAll('bdi')) expect(name.getAttribute('lang')).to.equal('en');
    });
  }

  it('says no heading twice, and the ticks privacy line once', async function () {
    this.timeout(20000);
    const doc = await openDemo('?lang=en-GB');
    const all = headings(doc);
    expect(all.length).to.be.above(15);
    const repeated = all.filter((h, i) => all.indexOf(h) !== i);
    expect(repeated, 'repeated headings').to.deep.equal([]);
    expect(visibleText(doc, 'Your ticks are not saved')).to.equal(1);
  });
});
