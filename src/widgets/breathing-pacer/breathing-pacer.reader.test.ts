import {expect} from '@open-wc/testing';
import {withWarnings} from '../../../test/helpers.js';
import type {MsBreathingPacer} from './breathing-pacer.js';
import {$, buttons, pacer, primary, settle, shadow, stat, status, text, timeline} from './breathing-pacer.fixture.js';

const click = async (el: MsBreathingPacer, selector: string) => {
  $<HTMLButtonElement>(el, selector).click();
  await settle(el);
};

describe('ms-breathing-pacer reader choices', () => {
  it('counts down 3 seconds before the first breath, shown and announced; the start event and schedule begin after it', async () => {
    const {el, clock, events} = await pacer('countdown="3"');
    const pressedAt = clock.now();
    await click(el, '.big');
    expect(text(el, '.word')).to.equal('Get ready');
    expect(text(el, '.count')).to.equal('3');
    expect(status(el)).to.equal('Get ready. Breathing starts in 3.');
    expect(el.phase).to.equal('idle');
    expect(el.countingDown).to.equal(3);
    expect(events).to.deep.equal([]);
    expect(buttons(el)).to.deep.equal(['Start now', 'Stop']);
    clock.advance(1000);
    await settle(el);
    expect(text(el, '.count')).to.equal('2');
    expect(status(el)).to.equal('Get ready. Breathing starts in 2.');
    clock.advance(2000 + 10_000);
    await settle(el);
    expect(events[0]!.type).to.equal('ms-breathing-start');
    expect(events[0]!.at - pressedAt).to.equal(3000);
    expect(timeline(events, pressedAt + 3000)).to.deep.equal([
      ['inhale', 0],
      ['exhale', 4],
      ['inhale', 10],
    ]);
    el.stop();
  });

  it('counts down for start() too; "Start now" skips it and Stop cancels it without events', async () => {
    const {el, clock, events} = await pacer('countdown="5"');
    el.start();
    await settle(el);
    expect(el.countingDown).to.equal(5);
    await click(el, '.stop');
    expect(el.countingDown).to.equal(0);
    expect(buttons(el)).to.deep.equal(['Start']);
    clock.advance(10_000);
    expect(events).to.deep.equal([]);
    el.start();
    await settle(el);
    await click(el, '.big');
    expect(el.phase).to.equal('inhale');
    expect(events.map((e) => e.type)).to.deep.equal(['ms-breathing-start', 'ms-breathing-phase']);
    el.stop();
  });

  it('lets the reader breathe slower or faster, from the next breath, only within min-rate and max-rate', async () => {
    const {el, clock, events} = await pacer('min-rate="5" max-rate="7"');
    expect(stat(el, 'Pace')).to.equal('6 breaths a minute');
    await click(el, '.slower');
    expect(stat(el, 'Pace')).to.equal('5.5 breaths a minute');
    await click(el, '.slower');
    expect(stat(el, 'Pace')).to.equal('5 breaths a minute');
    expect($(el, '.slower').getAttribute('aria-disabled')).to.equal('true');
    await click(el, '.slower');
    expect(stat(el, 'Pace'), 'not past min-rate').to.equal('5 breaths a minute');
    expect(shadow(el).activeElement === null || shadow(el).activeElement === $(el, '.slower')).to.equal(true);
    el.start();
    await settle(el);
    expect(text(el, '.pattern')).to.equal('Breathe in for 4.8 seconds Breathe out for 7.2 seconds');
    clock.advance(6000);
    for (let i = 0; i < 6; i++) await click(el, '.faster');
    expect(stat(el, 'Pace'), 'not past max-rate').to.equal('7 breaths a minute');
    expect(status(el)).to.equal('From the next breath: 7 breaths a minute');
    expect($(el, '.faster').getAttribute('aria-disabled')).to.equal('true');
    clock.advance(6000 + 8000);
    const seconds = events.filter((e) => e.type === 'ms-breathing-phase').map((e) => e.detail.seconds);
    // 60 / 7 = 8.571 s a breath, split 4 : 6.
    expect(seconds).to.deep.equal([4.8, 7.2, 3.429, 5.143]);
    el.stop();
  });

  it('keeps the host pattern as it is, even outside the reader limits, and hides the choices with fixed', async () => {
    const {el} = await pacer('preset="4-7-8"');
    expect(stat(el, 'Pace')).to.equal('3.2 breaths a minute');
    expect($(el, '.slower').getAttribute('aria-disabled')).to.equal('true');
    await click(el, '.faster');
    expect(stat(el, 'Pace')).to.equal('4 breaths a minute');
    const fixed = await pacer('fixed preset="4-7-8"');
    expect(shadow(fixed.el).querySelector('.slower')).to.equal(null);
    expect(shadow(fixed.el).querySelector('select')).to.equal(null);
  });

  it('ends a session counted in breaths, chosen by the host or by the reader', async () => {
    const {el, clock, events} = await pacer('breaths="3"');
    expect(stat(el, 'Breaths')).to.equal('0 of 3');
    expect(stat(el, 'Time')).to.equal('0:00');
    el.start();
    clock.advance(30_000);
    await settle(el);
    expect(events.find((e) => e.type === 'ms-breathing-complete')!.detail).to.deep.equal({cycles: 3, seconds: 30});
    expect(stat(el, 'Breaths')).to.equal('3 of 3');

    const reader = await pacer();
    const select = $<HTMLSelectElement>(reader.el, 'select');
    expect(select.value).to.equal('m3');
    select.value = 'b10';
    select.dispatchEvent(new Event('change'));
    await settle(reader.el);
    expect(stat(reader.el, 'Breaths')).to.equal('0 of 10');
    reader.el.start();
    reader.clock.advance(100_000);
    expect(reader.events.find((e) => e.type === 'ms-breathing-complete')!.detail).to.deep.equal({cycles: 10, seconds: 100});
  });

  it('keeps the reader choices only with persist', async () => {
    localStorage.removeItem('ms-widgets:breathing-pacer');
    const plain = await pacer();
    await click(plain.el, '.faster');
    expect(localStorage.getItem('ms-widgets:breathing-pacer')).to.equal(null);
    const kept = await pacer('persist');
    await click(kept.el, '.faster');
    await click(kept.el, '.eyes');
    expect(JSON.parse(localStorage.getItem('ms-widgets:breathing-pacer')!)).to.deep.equal({v: 1, data: {rate: 6.5, eyesClosed: true, speak: false}});
    const again = await pacer('persist');
    expect(stat(again.el, 'Pace')).to.equal('6.5 breaths a minute');
    expect($(again.el, '.eyes').getAttribute('aria-pressed')).to.equal('true');
    localStorage.removeItem('ms-widgets:breathing-pacer');
  });

  it('keeps what the reader chose while the saved choices were still loading (persist turned on later), and saves it', async () => {
    localStorage.setItem('ms-widgets:breathing-pacer', JSON.stringify({v: 1, data: {rate: 4.5, speak: false, eyesClosed: true}}));
    const {el} = await pacer();
    expect(stat(el, 'Pace')).to.equal('6 breaths a minute');
    // The reader presses before the storage code (asked for at the next update) is here.
    el.persist = true;
    $<HTMLButtonElement>(el, '.faster').click();
    await settle(el);
    expect(stat(el, 'Pace'), 'the reader\'s pace, not the saved 4.5').to.equal('6.5 breaths a minute');
    expect($(el, '.eyes').getAttribute('aria-pressed'), 'nothing saved was applied over the reader').to.equal('false');
    expect(JSON.parse(localStorage.getItem('ms-widgets:breathing-pacer')!)).to.deep.equal({v: 1, data: {rate: 6.5, speak: false, eyesClosed: false}});
    localStorage.removeItem('ms-widgets:breathing-pacer');
  });

  it('shows the state of a toggle in its label', async () => {
    const {el} = await pacer();
    const eyes = $(el, 'button.eyes');
    const shown = () => eyes.querySelector('[aria-hidden="true"]')!.textContent!.trim();
    expect(shown()).to.equal('Eyes closed: Off');
    await click(el, 'button.eyes');
    expect(shown()).to.equal('Eyes closed: On');
    expect(eyes.getAttribute('aria-pressed')).to.equal('true');
    primary(el).focus();
  });

  it('warns once about bad reader limits and countdown, and uses the defaults', async () => {
    const {result, warnings} = await withWarnings(async () => {
      const made = await pacer('min-rate="9" max-rate="5" countdown="soon" breaths="many"');
      made.el.start();
      await settle(made.el);
      return made;
    });
    expect(warnings.some((w) => w.includes('"min-rate"="9"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('"breaths"="many"'))).to.equal(true);
    expect(warnings.filter((w) => w.includes('"countdown"="soon"'))).to.have.length(1);
    expect(stat(result.el, 'Pace')).to.equal('6 breaths a minute');
    expect(result.el.countingDown, 'the default countdown').to.equal(3);
    result.el.stop();
  });
});
