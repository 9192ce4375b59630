import {expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '../../../test/commands.js';
import {shadowText} from '../../../test/helpers.js';
import type {MsBreathingPacer} from './breathing-pacer.js';
import {ALL_PHASES, countdownWord, label, NOTES, noteText, paceText, phaseWord, saidText} from './content.js';
import {$, FakeClock, primary, settle, shadow} from './breathing-pacer.fixture.js';

/** Every English text the status region or the controls can show (the source catalogue, made outside any widget). */
const english = [
  ...ALL_PHASES.map(phaseWord),
  countdownWord(),
  ...NOTES.map(noteText),
  saidText({kind: 'count', seconds: 2}, 'en', String).replace('2', ''),
  saidText({kind: 'pace', perMinute: 6.5}, 'en', String).split(':')[0]!,
  paceText('6', 'other').replace('6', '').trim(),
  // The toggle label takes a name and a state (the others ignore them).
  ...Object.values(label).map((f) => (f as (...parts: string[]) => string)(label.speak(), label.on())),
].filter((s) => s.trim().length >= 4);

/** Whether `text` holds `source` as whole words (German "Starten" does not hold "Start"). */
const holds = (text: string, source: string) =>
  new RegExp(`(^|[^\\p{L}])${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

const expected: Record<string, {in: string; out: string; start: string; resume: string; again: string}> = {
  fr: {in: 'Inspirez', out: 'Expirez', start: 'Commencer', resume: 'Reprendre', again: 'Recommencer'},
  de: {in: 'Einatmen', out: 'Ausatmen', start: 'Starten', resume: 'Fortsetzen', again: 'Noch einmal'},
  ar: {in: 'شهيق', out: 'زفير', start: 'بدء', resume: 'استئناف', again: 'إعادة'},
};

async function localPacer(lang: string, attributes: string) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  wrapper.append(document.createRange().createContextualFragment(`<ms-breathing-pacer ${attributes}></ms-breathing-pacer>`));
  const el = wrapper.querySelector('ms-breathing-pacer') as MsBreathingPacer;
  const clock = new FakeClock();
  el.clock = clock;
  await el.updateComplete;
  const region = $(el, '[role="status"]');
  const heard: string[] = [];
  const observer = new MutationObserver(() => {
    const said = region.textContent!.trim();
    if (said && said !== heard[heard.length - 1]) heard.push(said);
  });
  observer.observe(region, {subtree: true, childList: true, characterData: true});
  return {el, clock, heard, observer};
}

const press = async (el: MsBreathingPacer, selector: string) => {
  $<HTMLButtonElement>(el, selector).click();
  await settle(el);
  await settle(el);
};

describe('ms-breathing-pacer in French, German and Arabic', () => {
  for (const lang of ['fr', 'de', 'ar']) {
    it(`${lang}: every button and every announcement is in ${lang}, never English`, async () => {
      const words = expected[lang]!;
      const {el, clock, heard, observer} = await localPacer(lang, 'minutes="0.2" countdown="2"');
      expect(primary(el).textContent!.trim()).to.equal(words.start);
      await press(el, '.big'); // Start: the countdown
      expect(heard[0], 'the countdown is announced').to.be.a('string').and.not.equal('');
      clock.advance(2000);
      await settle(el);
      expect(el.phase).to.equal('inhale');
      await press(el, '.big'); // Pause
      expect(primary(el).textContent!.trim()).to.equal(words.resume);
      await press(el, '.big'); // Resume
      clock.advance(4000);
      await settle(el);
      await press(el, '.faster');
      await press(el, '.stop'); // Stop
      await press(el, '.big'); // Start again, skip the countdown
      await press(el, '.big'); // Start now
      clock.advance(30_000);
      await settle(el);
      expect(el.phase).to.equal('done');
      expect(primary(el).textContent!.trim()).to.equal(words.again);
      await press(el, '.big'); // Go again
      await press(el, '.stop'); // cancels that countdown
      observer.disconnect();

      expect(heard).to.include(words.in);
      expect(heard).to.include(words.out);
      expect(heard.length).to.be.at.least(8);
      for (const said of heard) {
        for (const source of english) {
          expect(holds(said, source), `"${said}" holds the English "${source}"`).to.equal(false);
        }
      }
      const shown = shadowText(el);
      // "Pause" is also the French and German word.
      for (const source of english.filter((s) => s !== 'Pause')) expect(holds(shown, source), `shown: "${source}"`).to.equal(false);
      expect(holds('Start now', 'Start') && !holds('Starten', 'Start'), 'the check itself').to.equal(true);
    });
  }

  it('fr: a toggle shows its state after a space and a colon, and a screen reader hears its name and pressed state', async () => {
    const {el} = await localPacer('fr', '');
    const eyes = $<HTMLButtonElement>(el, 'button.eyes');
    const shown = () => eyes.querySelector('[aria-hidden="true"]')!.textContent;
    expect(shown()).to.equal('Yeux fermés\u00a0: désactivé');
    expect(eyes.querySelector('.visually-hidden')!.textContent).to.equal('Yeux fermés');
    await press(el, '.eyes');
    expect(shown()).to.equal('Yeux fermés\u00a0: activé');
    expect(eyes.getAttribute('aria-pressed')).to.equal('true');
  });
});

/** The position of each element, as page coordinates. */
const where = (elements: Element[]) =>
  elements.map((e) => {
    const r = e.getBoundingClientRect();
    return [Math.round(r.left + scrollX), Math.round(r.top + scrollY), Math.round(r.width)];
  });

describe('ms-breathing-pacer controls stay put', () => {
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await setViewport({width: 800, height: 600});
  });

  for (const lang of ['en', 'fr', 'de', 'ar']) {
    it(`${lang}: pressing any control moves neither it nor the next one, at 320 px and 200 % text`, async () => {
      await setViewport({width: 320, height: 800});
      document.documentElement.style.fontSize = '200%';
      const {el, clock} = await localPacer(lang, 'minutes="0.2" countdown="1"');
      const controls = () =>
        ['.big', '.stop', '.slower', '.faster', '.select', '.eyes'].map((s) => shadow(el).querySelector(s)!);
      const step = async (selector: string, what: string, advance = 0) => {
        const before = where(controls());
        await press(el, selector);
        if (advance) {
          clock.advance(advance);
          await settle(el);
        }
        const after = where(controls());
        after.forEach((box, i) => {
          for (let k = 0; k < 3; k++) {
            expect(Math.abs(box[k]! - before[i]![k]!), `${what}: control ${i} ${['x', 'y', 'width'][k]}`).to.be.at.most(1);
          }
        });
      };
      expect(parseFloat(getComputedStyle($(el, '.word')).fontSize)).to.be.at.least(32);
      await step('.big', 'Start (countdown)');
      await step('.big', 'Start now');
      await step('.big', 'Pause');
      await step('.big', 'Resume');
      await step('.faster', 'Faster');
      await step('.slower', 'Slower');
      await step('.eyes', 'Eyes closed');
      await step('.stop', 'Stop');
      await step('.big', 'Start, then finish', 31_000);
      expect(el.phase).to.equal('done');
      await step('.big', 'Go again');
      // The phase word fits the width: it never overflows its line.
      const word = $(el, '.word');
      expect(word.scrollWidth).to.be.at.most(word.clientWidth + 1);
    });
  }
});
