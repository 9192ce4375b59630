import {expect} from '@open-wc/testing';
import {emulateMedia} from '../../../test/commands.js';
import {withWarnings} from '../../../test/helpers.js';
import {pacer} from './breathing-pacer.fixture.js';

describe('ms-breathing-pacer', () => {
  afterEach(async () => {
    await emulateMedia({reducedMotion: 'no-preference'});
    delete (document as unknown as Record<string, unknown>).visibilityState;
  });

  describe('opt-in cues', () => {
    let log: string[];
    const saved: [object, string, PropertyDescriptor | undefined][] = [];
    function replace(target: object, key: string, value: unknown) {
      saved.push([target, key, Object.getOwnPropertyDescriptor(target, key)]);
      Object.defineProperty(target, key, {value, configurable: true, writable: true});
    }
    beforeEach(() => {
      log = [];
      class FakeAudio {
        state = 'running';
        currentTime = 0;
        destination = {};
        constructor() {
          log.push('audio');
        }
        resume = async () => {};
        close = async () => void log.push('audio closed');
        createGain = () => ({gain: {setValueAtTime() {}, exponentialRampToValueAtTime() {}}, connect: (n: unknown) => n});
        createOscillator = () => {
          const osc = {
            frequency: {value: 0},
            connect: (n: unknown) => n,
            start: () => log.push(`tone ${osc.frequency.value}`),
            stop() {},
          };
          return osc;
        };
      }
      replace(window, 'AudioContext', FakeAudio);
      replace(navigator, 'vibrate', (pattern: unknown) => log.push(`vibrate ${JSON.stringify(pattern)}`));
      replace(navigator, 'wakeLock', {
        request: async (type: string) => {
          log.push(`wake lock ${type}`);
          return {release: async () => void log.push('wake lock released')};
        },
      });
    });
    afterEach(() => {
      for (const [target, key, descriptor] of saved.reverse()) {
        if (descriptor) Object.defineProperty(target, key, descriptor);
        else delete (target as Record<string, unknown>)[key];
      }
      saved.length = 0;
    });

    it('touches no sound, vibration or wake lock unless asked for', async () => {
      const {el, clock} = await pacer('preset="box"');
      el.start();
      clock.advance(20_000);
      el.pause();
      el.resume();
      el.stop();
      await new Promise((r) => setTimeout(r));
      expect(log).to.deep.equal([]);
    });

    it('plays a soft tone at each phase change with sound, and closes the audio on pause and stop', async () => {
      const {el, clock} = await pacer('sound preset="box"');
      el.start();
      clock.advance(16_000);
      el.pause();
      await new Promise((r) => setTimeout(r));
      expect(log).to.deep.equal(['audio', 'tone 392', 'tone 330', 'tone 262', 'tone 330', 'tone 392', 'audio closed']);
      log.length = 0;
      el.resume();
      el.stop();
      await new Promise((r) => setTimeout(r));
      expect(log).to.deep.equal(['audio', 'audio closed']);
    });

    it('vibrates once for breathing in and twice for breathing out, not for holds', async () => {
      const {el, clock} = await pacer('vibrate preset="box"');
      el.start();
      clock.advance(16_000);
      el.stop();
      expect(log).to.deep.equal(['vibrate 60', 'vibrate [60,120,60]', 'vibrate 60']);
    });

    it('keeps the screen awake while running and lets go on pause and stop', async () => {
      const {el} = await pacer('keep-awake');
      const flush = () => new Promise((r) => setTimeout(r));
      el.start();
      await flush();
      expect(log).to.deep.equal(['wake lock screen']);
      el.pause();
      await flush();
      expect(log).to.deep.equal(['wake lock screen', 'wake lock released']);
      el.resume();
      await flush();
      el.stop();
      await flush();
      expect(log).to.deep.equal(['wake lock screen', 'wake lock released', 'wake lock screen', 'wake lock released']);
    });

    it('offers "Eyes closed" only where it can play a tone or speak', async () => {
      const eyes = (el: Element) => el.shadowRoot!.querySelector('button.eyes');
      const withTones = await pacer('no-voice');
      expect(eyes(withTones.el), 'Web Audio: a tone at every change').to.not.equal(null);
      expect(withTones.el.shadowRoot!.textContent).to.include('Eyes closed plays a tone');
      replace(window, 'AudioContext', undefined);
      const none = await pacer('no-voice');
      expect(eyes(none.el), 'no tone and no voice: nothing it could do').to.equal(null);
      expect(none.el.shadowRoot!.textContent).to.not.include('Eyes closed');
      await expect(none.el).to.be.accessible();
    });

    it('skips cues silently where the browser has none', async () => {
      replace(window, 'AudioContext', undefined);
      replace(navigator, 'vibrate', undefined);
      replace(navigator, 'wakeLock', undefined);
      const {result, warnings} = await withWarnings(async () => {
        const {el, clock} = await pacer('sound vibrate keep-awake');
        el.start();
        clock.advance(12_000);
        el.stop();
        return el;
      });
      expect(result.cycles).to.equal(1);
      expect(warnings).to.deep.equal([]);
    });
  });
});
