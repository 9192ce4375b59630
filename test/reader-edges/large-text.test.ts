/**
 * Large text: every widget at 320 px wide with the page's root font at 200 %,
 * in English, French, German and Arabic. No word is split across two lines
 * (URLs and DOIs excepted), nothing is clipped, the page never scrolls
 * sideways, and prose keeps at least 85 % of the widget's width.
 */
import {expect} from '@open-wc/testing';
import {setViewport} from '../commands.js';
import {widgets} from '../robustness/widgets.js';
import {clipped, largeText, narrowProse, renderWidget, scrollsSideways, splitWords} from './measure.js';

const LANGS = ['en', 'fr', 'de', 'ar'];

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
        const tooLong = words.filter((w) => w.tooLong).map((w) => w.word);
        const problems = {
          split: words.filter((w) => !w.tooLong).map((w) => w.word),
          clipped: clipped(el),
          sideways: scrollsSideways(el),
          narrow: narrowProse(el),
        };
        console.log(
          `[reader-edges] ${tag} ${lang}: ${problems.split.length} split, ${problems.clipped.length} clipped, ` +
            `${problems.sideways ? 'scrolls sideways' : 'no sideways scroll'}, ${problems.narrow.length} narrow, ${tooLong.length} longer than a line` +
            (tooLong.length ? ` (${tooLong.join(' ')})` : '')
        );
        expect(problems, `${tag} (${lang})`).to.deep.equal({split: [], clipped: [], sideways: false, narrow: []});
      });
    }
  }

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
