/**
 * Large text: every widget at 320 px wide with the page's root font at 200 %,
 * in English, French, German and Arabic. No word is split across two lines
 * (URLs and DOIs excepted), nothing is clipped, the page never scrolls
 * sideways, nothing sticks out of its box, and prose keeps at least 85 % of
 * the widget's width. Then the same in a theme's narrower column (256 px: a
 * 320 px phone with 2 rem gutters at normal text), where a box that sticks
 * out of the widget scrolls nothing, so only sticksOut() sees it; with the
 * crisis lines whose numbers and web addresses are longest.
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '../commands.js';
import {widgets} from '../robustness/widgets.js';
import {clipped, largeText, narrowProse, renderWidget, scrollsSideways, splitWords, sticksOut, type SplitWord} from './measure.js';

const LANGS = ['en', 'fr', 'de', 'ar'];

const described = (w: SplitWord) => `${w.word} (${w.width} px, in ${w.where} of ${w.room} px)`;

/** Opens every closed section so its text is measured too. */
async function openEverything(el: Element): Promise<void> {
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('large text at 320 px and 200 %', () => {
  before(() => largeText(true));
  after(() => largeText(false));

  for (const lang of LANGS) {
    for (const {tag} of widgets) {
      it(`${tag} (${lang}): words whole, nothing clipped, no sideways scroll, prose keeps its width`, async () => {
        const el = await renderWidget(tag, lang);
        await openEverything(el);
        const words = splitWords(el);
        const tooLong = words.filter((w) => w.unavoidable).map((w) => w.word);
        const problems = {
          split: words.filter((w) => !w.unavoidable).map(described),
          clipped: clipped(el),
          sideways: scrollsSideways(el),
          sticksOut: sticksOut(el),
          narrow: narrowProse(el),
        };
        console.log(
          `[reader-edges] ${tag} ${lang}: ${problems.split.length} split, ${problems.clipped.length} clipped, ` +
            `${problems.sideways ? 'scrolls sideways' : 'no sideways scroll'}, ${problems.narrow.length} narrow, ${tooLong.length} wider than their lines` +
            (tooLong.length ? ` (${tooLong.join(' ')})` : '')
        );
        expect(problems, `${tag} (${lang})`).to.deep.equal({split: [], clipped: [], sideways: false, sticksOut: [], narrow: []});
      });
    }
  }

  // The longest of the crisis lines' buttons: Italy's numbers, and a host's own line with a long web address.
  const NARROW: {tag: string; attrs?: Record<string, string>}[] = [
    ...widgets.map(({tag}) => ({tag})),
    {tag: 'ms-crisis-help', attrs: {country: 'IT'}},
    {tag: 'ms-crisis-help', attrs: {country: 'US'}},
    {tag: 'ms-crisis-help', attrs: {'line-name': 'Samaritans helpline', 'line-url': 'https://www.samaritans-helpline.example.org/chat', 'line-phone': '0800 123 456 789'}},
  ];
  for (const lang of LANGS) {
    for (const {tag, attrs} of NARROW) {
      const what = attrs ? `${tag} ${JSON.stringify(attrs)}` : tag;
      it(`${what} (${lang}) in a 256 px column: nothing sticks out, words whole, nothing clipped`, async () => {
        const el = await renderWidget(tag, lang, attrs, 'inline-size: 256px');
        await openEverything(el);
        const problems = {
          sticksOut: sticksOut(el),
          split: splitWords(el).filter((w) => !w.unavoidable).map(described),
          clipped: clipped(el),
        };
        expect(problems, `${what} (${lang}), 256 px`).to.deep.equal({sticksOut: [], split: [], clipped: []});
      });
    }
  }

  it('the measurement finds a box or a word that sticks out (the test can fail)', async () => {
    const box = document.createElement('div');
    box.style.cssText = 'inline-size: 200px; font-size: 16px';
    box.attachShadow({mode: 'open'}).innerHTML =
      '<p style="border: 1px solid; inline-size: 100px">Numbness <span style="display: inline-block; inline-size: 150px">.</span></p>' +
      '<button style="inline-size: 60px; overflow-wrap: normal">Unaussprechlich</button>' +
      '<p style="inline-size: 300px">Wider than the widget</p>';
    document.body.append(box);
    try {
      const found = sticksOut(box).join('\n');
      expect(found).to.match(/<span> .* out of <p>/);
      expect(found).to.match(/"Unaussprechlich" .* out of <button>/);
      expect(found).to.match(/<p> .* out of <div>/);
      expect(found).not.to.match(/"Numbness"/);
    } finally {
      box.remove();
    }
  });

  it('the measurement finds a split word when there is one (the test can fail)', async () => {
    const box = document.createElement('div');
    box.attachShadow({mode: 'open'}).innerHTML =
      '<p style="inline-size: 6ch; overflow-wrap: anywhere">Emotional numbness https://example.org/a/very/long/path</p>';
    document.body.append(box);
    try {
      const words = splitWords(box).map((s) => s.word);
      expect(words).to.include('Emotional');
      expect(words.some((w) => w.startsWith('https:'))).to.equal(false);
    } finally {
      box.remove();
    }
  });
});

describe('normal text at 1280 px', () => {
  before(() => setViewport({width: 1280, height: 900}));
  after(() => largeText(false));

  // French and German words are long: tables and grids must not break them at normal size either.
  for (const lang of ['fr', 'de']) {
    for (const {tag} of widgets) {
      it(`${tag} (${lang}): no word split, no sideways scroll`, async () => {
        const el = await renderWidget(tag, lang);
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect({split: splitWords(el).map((w) => w.word), sideways: scrollsSideways(el)}).to.deep.equal({split: [], sideways: false});
      });
    }
  }
});
