import {expect, fixture, html} from '@open-wc/testing';
import type {MsBreathingPacer} from './breathing-pacer.js';
import {$, FakeClock, settle, shadow} from './breathing-pacer.fixture.js';

interface Voice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** A speechSynthesis test double: the voices it offers, and what it was asked to say or cancel. */
class FakeSpeech extends EventTarget {
  log: string[] = [];
  constructor(public voices: Voice[]) {
    super();
  }
  getVoices = () => this.voices as unknown as SpeechSynthesisVoice[];
  speak = (u: SpeechSynthesisUtterance) => this.log.push(`say "${u.text}" with ${u.voice?.name} (${u.lang})`);
  cancel = () => this.log.push('cancel');
}

const VOICES: Voice[] = [
  {name: 'Network French', lang: 'fr-FR', localService: false, default: false},
  {name: 'Local German', lang: 'de-DE', localService: true, default: false},
  {name: 'Local French', lang: 'fr-FR', localService: true, default: false},
  {name: 'Network English', lang: 'en-US', localService: false, default: true},
  {name: 'Local Arabic', lang: 'ar-SA', localService: true, default: false},
];

/** Utterances of the double (the real one only takes real voices). */
class FakeUtterance {
  voice?: Voice;
  lang = '';
  rate = 1;
  constructor(public text: string) {}
}

describe('ms-breathing-pacer spoken cues', () => {
  let saved: PropertyDescriptor | undefined;
  let savedUtterance: PropertyDescriptor | undefined;
  let fake: FakeSpeech;
  const use = (voices: Voice[]) => {
    fake = new FakeSpeech(voices);
    Object.defineProperty(window, 'speechSynthesis', {value: fake, configurable: true, writable: true});
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: FakeUtterance, configurable: true, writable: true});
  };
  beforeEach(() => {
    saved = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    savedUtterance = Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance');
  });
  afterEach(() => {
    if (savedUtterance) Object.defineProperty(window, 'SpeechSynthesisUtterance', savedUtterance);
    if (saved) Object.defineProperty(window, 'speechSynthesis', saved);
    else delete (window as unknown as Record<string, unknown>).speechSynthesis;
  });

  async function make(lang: string, attributes = '') {
    const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
    wrapper.append(document.createRange().createContextualFragment(`<ms-breathing-pacer countdown="0" ${attributes}></ms-breathing-pacer>`));
    const el = wrapper.querySelector('ms-breathing-pacer') as MsBreathingPacer;
    const clock = new FakeClock();
    el.clock = clock;
    await el.updateComplete;
    return {el, clock};
  }

  it('speaks each phase in the widget language with a local voice only, never overlapping, and Pause cancels speech', async () => {
    use(VOICES);
    const {el, clock} = await make('fr', 'preset="box"');
    const toggle = $<HTMLButtonElement>(el, 'button.speak');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    el.start();
    await settle(el);
    clock.advance(8000);
    await settle(el);
    expect(fake.log).to.deep.equal([
      'cancel', 'say "Inspirez" with Local French (fr-FR)',
      'cancel', 'say "Retenez" with Local French (fr-FR)',
      'cancel', 'say "Expirez" with Local French (fr-FR)',
    ]);
    fake.log.length = 0;
    el.pause();
    expect(fake.log, 'pausing stops speech').to.deep.equal(['cancel']);
    el.stop();
  });

  it('offers no toggle where only network voices or voices of other languages exist, and says why in one line', async () => {
    use(VOICES.filter((v) => v.name !== 'Local French'));
    const {el, clock} = await make('fr');
    expect(shadow(el).querySelector('button.speak')).to.equal(null);
    expect($(el, '.no-voice').textContent).to.contain("pas de voix");
    el.start();
    clock.advance(20_000);
    el.stop();
    expect(fake.log.filter((l) => l.startsWith('say'))).to.deep.equal([]);
    const english = await make('en');
    expect(shadow(english.el).querySelector('button.speak'), 'the English voice is a network one').to.equal(null);
  });

  it('picks the voice of the widget language (German, Arabic), and no-voice turns it all off', async () => {
    use(VOICES);
    for (const [lang, name] of [['de', 'Local German'], ['ar', 'Local Arabic']]) {
      const {el, clock} = await make(lang!);
      $<HTMLButtonElement>(el, 'button.speak').click();
      await settle(el);
      el.start();
      clock.advance(100);
      el.stop();
      expect(fake.log.filter((l) => l.startsWith('say')).every((l) => l.includes(name!)), fake.log.join('\n')).to.equal(true);
      fake.log.length = 0;
    }
    const off = await make('fr', 'no-voice');
    expect(shadow(off.el).querySelector('button.speak')).to.equal(null);
    expect(shadow(off.el).querySelector('.no-voice')).to.equal(null);
  });

  it('offers the toggle once the voices arrive (voiceschanged)', async () => {
    use([]);
    const {el} = await make('fr');
    expect(shadow(el).querySelector('button.speak')).to.equal(null);
    fake.voices = VOICES;
    fake.dispatchEvent(new Event('voiceschanged'));
    await settle(el);
    expect(shadow(el).querySelector('button.speak')).to.not.equal(null);
  });
});
