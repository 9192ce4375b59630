import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '../../../test/commands.js';
import {expectAccessibleInAllThemes, shadowText} from '../../../test/helpers.js';
import {$, buttons, pacer, primary, settle, shadow, stat, status, text} from './breathing-pacer.fixture.js';

describe('ms-breathing-pacer', () => {
  afterEach(async () => {
    await emulateMedia({reducedMotion: 'no-preference'});
    delete (document as unknown as Record<string, unknown>).visibilityState;
  });

  it('waits for the reader: shows the pattern, pace, time and a Start button, and never starts by itself', async () => {
    const {el, clock, events} = await pacer();
    expect($(el, 'h2').textContent).to.equal('Slow breathing');
    expect(text(el, '.word')).to.equal('Ready');
    expect([...shadow(el).querySelectorAll('.pattern li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Breathe in for 4 seconds',
      'Breathe out for 6 seconds',
    ]);
    expect(stat(el, 'Pace')).to.equal('6 breaths a minute');
    expect(stat(el, 'Time left')).to.equal('3:00');
    expect(stat(el, 'Breaths')).to.equal('0');
    expect(buttons(el)).to.deep.equal(['Start']);
    expect(text(el, '.safety')).to.equal('If you feel dizzy or light-headed, stop and breathe normally.');
    await new Promise((r) => setTimeout(r, 50));
    clock.advance(60_000);
    await settle(el);
    expect(el.phase).to.equal('idle');
    expect(el.running).to.equal(false);
    expect(events).to.deep.equal([]);
    expect(clock.timers.size).to.equal(0);
    expect(shadow(el).getAnimations()).to.deep.equal([]);
  });

  it('counts seconds, time left and breaths as text, once a second and no more', async () => {
    const {el, clock} = await pacer('minutes="1"');
    el.start();
    await settle(el);
    expect(text(el, '.word')).to.equal('Breathe in');
    expect(text(el, '.count')).to.equal('4');
    expect(stat(el, 'Time left')).to.equal('1:00');
    expect($(el, '.pattern [aria-current="step"]').textContent!.trim()).to.equal('Breathe in for 4 seconds');
    expect(shadow(el).querySelectorAll('.pattern [aria-current]'), 'only the current step is marked').to.have.length(1);
    expect(clock.nextDue()! - clock.now(), 'the next update is one second away').to.equal(1000);
    clock.advance(1000);
    await settle(el);
    expect(text(el, '.count')).to.equal('3');
    expect(stat(el, 'Time left')).to.equal('0:59');
    clock.advance(3000);
    await settle(el);
    expect(text(el, '.word')).to.equal('Breathe out');
    expect(text(el, '.count')).to.equal('6');
    expect($(el, '.pattern [aria-current="step"]').textContent!.trim()).to.equal('Breathe out for 6 seconds');
    clock.advance(6000);
    await settle(el);
    expect(stat(el, 'Breaths')).to.equal('1');
    expect(stat(el, 'Time left')).to.equal('0:50');
  });

  it('pauses and resumes where it was, with events and a message', async () => {
    const {el, clock, events} = await pacer();
    el.start();
    clock.advance(2500);
    await settle(el);
    const [animation] = shadow(el).getAnimations();
    expect(animation, 'the shape grows while breathing in').to.exist;
    el.pause();
    await settle(el);
    expect(el.running).to.equal(false);
    expect(el.paused).to.equal(true);
    expect(el.phase).to.equal('inhale');
    expect(animation!.playState).to.equal('paused');
    expect(text(el, '[part="message"]')).to.equal('Paused. Press Resume when you are ready.');
    expect(buttons(el)).to.deep.equal(['Resume', 'Stop']);
    expect(text(el, '.count')).to.equal('2');
    const before = events.length;
    clock.advance(60_000);
    expect(events.length, 'nothing happens while paused').to.equal(before);
    expect(clock.timers.size).to.equal(0);
    const resumedAt = clock.now();
    const realStart = performance.now();
    el.resume();
    await settle(el);
    expect(el.running).to.equal(true);
    expect($(el, '[part="message"]').hidden).to.equal(true);
    expect(shadow(el).getAnimations()[0]!.currentTime).to.be.within(2500, 2500 + performance.now() - realStart + 1);
    clock.advance(1500);
    const last = events[events.length - 1]!;
    expect(last.type).to.equal('ms-breathing-phase');
    expect(last.detail.phase).to.equal('exhale');
    expect(last.at).to.equal(resumedAt + 1500);
    expect(events.map((e) => e.type)).to.deep.equal([
      'ms-breathing-start',
      'ms-breathing-phase',
      'ms-breathing-pause',
      'ms-breathing-resume',
      'ms-breathing-phase',
    ]);
    expect(events[2]!.detail).to.deep.equal({reason: 'user'});
  });

  it('pauses when the page is hidden, says so, and waits for the reader to resume', async () => {
    const {el, clock, events} = await pacer();
    el.start();
    clock.advance(5000);
    Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(el);
    expect(el.paused).to.equal(true);
    expect(el.phase).to.equal('exhale');
    expect(text(el, '[part="message"]')).to.equal('Paused because you left the page. Press Resume when you are ready.');
    expect(events.find((e) => e.type === 'ms-breathing-pause')!.detail).to.deep.equal({reason: 'hidden'});
    Object.defineProperty(document, 'visibilityState', {value: 'visible', configurable: true});
    document.dispatchEvent(new Event('visibilitychange'));
    clock.advance(30_000);
    await settle(el);
    expect(el.paused, 'coming back does not restart it').to.equal(true);
    expect(clock.timers.size).to.equal(0);
  });

  it('ends the session kindly after the last full breath and offers to go again', async () => {
    const {el, clock, events} = await pacer('minutes="1" preset="resonance"');
    const startAt = clock.now();
    el.start();
    clock.advance(61_000);
    await settle(el);
    // 60 s fall in the sixth breath (55-66 s): it is finished, not cut off.
    expect(el.phase).to.equal('exhale');
    expect(stat(el, 'Time left')).to.equal('0:00');
    expect(text(el, '[part="message"]')).to.equal('Time is up. Finish this breath slowly.');
    clock.advance(10_000);
    await settle(el);
    const complete = events.filter((e) => e.type === 'ms-breathing-complete');
    expect(complete).to.have.length(1);
    expect(complete[0]!.detail).to.deep.equal({cycles: 6, seconds: 66});
    expect(complete[0]!.at - startAt).to.equal(66_000);
    expect(el.phase).to.equal('done');
    expect(el.running).to.equal(false);
    expect(el.cycles).to.equal(6);
    expect(text(el, '.word')).to.equal('Well done');
    expect(text(el, '[part="message"]')).to.contain('Your breathing session is finished');
    expect(status(el)).to.contain('Your breathing session is finished');
    expect(stat(el, 'Breaths')).to.equal('6');
    expect(buttons(el)).to.deep.equal(['Go again']);
    expect(clock.timers.size).to.equal(0);
    expect(shadow(el).getAnimations()).to.deep.equal([]);

    primary(el).click();
    await settle(el);
    expect(el.running).to.equal(true);
    expect(el.cycles).to.equal(0);
    expect(stat(el, 'Breaths')).to.equal('0');
  });

  it('stops early: an event with the breaths so far, a message, and focus back on Start', async () => {
    const {el, clock, events} = await pacer();
    el.start();
    clock.advance(25_000);
    await settle(el);
    const stopButton = shadow(el).querySelectorAll<HTMLButtonElement>('.controls button')[1]!;
    stopButton.focus();
    stopButton.click();
    await settle(el);
    await settle(el);
    expect(el.phase).to.equal('idle');
    expect(el.running).to.equal(false);
    expect(events[events.length - 1]).to.deep.include({type: 'ms-breathing-stop', detail: {cycles: 2, seconds: 25}});
    expect(text(el, '[part="message"]')).to.equal('Stopped. You can start again whenever you like.');
    expect(stat(el, 'Breaths')).to.equal('2');
    expect(buttons(el)).to.deep.equal(['Start']);
    expect(shadow(el).activeElement).to.equal(primary(el));
    expect(clock.timers.size).to.equal(0);
  });

  it('ignores calls that do not fit the state', async () => {
    const {el, clock, events} = await pacer();
    el.pause();
    el.resume();
    el.stop();
    expect(events).to.deep.equal([]);
    el.start();
    el.start();
    el.resume();
    clock.advance(1000);
    expect(events.map((e) => e.type)).to.deep.equal(['ms-breathing-start', 'ms-breathing-phase']);
    el.pause();
    el.pause();
    el.start();
    expect(events.filter((e) => e.type === 'ms-breathing-pause')).to.have.length(1);
    expect(el.paused).to.equal(true);
    el.stop();
  });

  it('works from the keyboard: Space and Enter on the focused buttons', async () => {
    const {el} = await pacer();
    primary(el).focus();
    await sendKeys({press: 'Space'});
    await settle(el);
    expect(el.running).to.equal(true);
    expect(primary(el).textContent!.trim()).to.equal('Pause');
    expect(shadow(el).activeElement, 'focus stays on the same button').to.equal(primary(el));
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.paused).to.equal(true);
    expect(primary(el).textContent!.trim()).to.equal('Resume');
    await sendKeys({press: 'Enter'});
    await settle(el);
    expect(el.running).to.equal(true);
    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Stop');
    await sendKeys({press: 'Space'});
    await settle(el);
    await settle(el);
    expect(el.phase).to.equal('idle');
    expect(shadow(el).activeElement).to.equal(primary(el));
    const box = primary(el).getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(44);
  });

  it('announces each phase once through a polite status region, not every second', async () => {
    const {el, clock} = await pacer('preset="box"');
    const region = $(el, '[role="status"]');
    expect(region.closest('[aria-hidden]')).to.equal(null);
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      const said = region.textContent!.trim();
      if (said && said !== heard[heard.length - 1]) heard.push(said);
    });
    let changes = 0;
    const counter = new MutationObserver(() => changes++);
    observer.observe(region, {subtree: true, childList: true, characterData: true});
    el.start();
    await settle(el);
    counter.observe(region, {subtree: true, childList: true, characterData: true});
    for (let s = 0; s < 16; s++) {
      clock.advance(1000);
      await settle(el);
    }
    await new Promise((r) => setTimeout(r));
    expect(heard).to.deep.equal(['Breathe in', 'Hold', 'Breathe out', 'Hold', 'Breathe in']);
    expect(changes, 'one change per phase over 16 seconds').to.equal(4);
    el.pause();
    await settle(el);
    expect(status(el)).to.equal('Paused. Press Resume when you are ready.');
    observer.disconnect();
    counter.disconnect();
  });

  it('is silent for screen readers with quiet', async () => {
    const {el, clock} = await pacer('quiet');
    el.start();
    for (let s = 0; s < 8; s++) {
      clock.advance(1000);
      await settle(el);
      expect(status(el)).to.equal('');
    }
    expect(text(el, '.word'), 'the phase is still shown').to.equal('Breathe out');
    el.quiet = false;
    await settle(el);
    expect(status(el)).to.equal('Breathe out');
    el.stop();
  });

  it('has no axe violations while idle, running, paused and finished', async () => {
    const {el, clock} = await pacer('minutes="0.5"');
    await expectAccessibleInAllThemes(el);
    el.start();
    clock.advance(1000);
    await expectAccessibleInAllThemes(el);
    el.pause();
    await expectAccessibleInAllThemes(el);
    el.resume();
    clock.advance(40_000);
    expect(el.phase).to.equal('done');
    await expectAccessibleInAllThemes(el);
  });

  it('shows the running state once started: the current step stands out, and with reduced motion the shape stays filled while holding', async () => {
    const {el, clock} = await pacer('preset="box" reduced-motion');
    const fill = () => parseFloat(getComputedStyle($(el, '.fill')).opacity);
    const weight = (li: Element) => getComputedStyle(li).fontWeight;
    expect([...shadow(el).querySelectorAll('.pattern li')].map(weight)).to.deep.equal(['400', '400', '400', '400']);
    expect(fill()).to.equal(0);
    el.start();
    clock.advance(4000);
    await el.updateComplete;
    expect(el.phase).to.equal('hold-in');
    // These come with the running half's styles (session-styles.ts).
    expect([...shadow(el).querySelectorAll('.pattern li')].map(weight)).to.deep.equal(['400', '700', '400', '400']);
    expect(getComputedStyle($(el, '[aria-current="step"]')).borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(fill()).to.be.closeTo(0.35, 0.001);
    el.stop();
  });

  it('gives the shape an outline in forced colors', async () => {
    const {el} = await pacer();
    await emulateMedia({forcedColors: 'active'});
    try {
      const style = getComputedStyle($(el, '.shape'));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    } finally {
      await emulateMedia({forcedColors: 'none'});
    }
  });

  it('speaks the language of the page, with numbers and units from Intl', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA"><ms-breathing-pacer preset="resonance"></ms-breathing-pacer></div>`);
    const el = wrapper.querySelector('ms-breathing-pacer')!;
    await el.updateComplete;
    expect($(el, '.base').getAttribute('lang')).to.equal('fr');
    expect(text(el, '.pattern li')).to.match(/5,5\s*secondes/);
    expect(text(el, '[part="stats"]')).to.contain('5,5');
    expect(shadowText(el)).not.to.contain('Breathe');
  });

  it('takes its language and direction from the page, and mirrors in RTL', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB" dir="rtl" style="width: 600px"><ms-breathing-pacer preset="box"></ms-breathing-pacer></div>`);
    const el = wrapper.querySelector('ms-breathing-pacer')!;
    await settle(el);
    const base = $(el, '.base');
    expect(base.getAttribute('lang')).to.equal('en');
    expect(base.getAttribute('dir')).to.equal('rtl');
    const items = [...shadow(el).querySelectorAll('.pattern li')].map((li) => li.getBoundingClientRect());
    expect(items[1]!.right, 'the steps read from right to left').to.be.below(items[0]!.left + 1);
    const stage = $(el, '.stage').getBoundingClientRect();
    const panel = $(el, '.panel').getBoundingClientRect();
    expect(Math.abs(stage.left - panel.left - (panel.right - stage.right))).to.be.below(1.5);
    expect(getComputedStyle($(el, '.shape')).transformOrigin).to.equal(
      `${stage.width / 2}px ${stage.height / 2}px`
    );
  });
});
