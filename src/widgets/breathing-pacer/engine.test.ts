import {expect} from '@open-wc/testing';
import {Countdown, type EngineHost, PacerEngine} from './engine.js';
import {lengthOf, scalePattern, stepRate} from './settings.js';
import {FakeClock} from './breathing-pacer.fixture.js';

/** An engine on the test clock, recording what it tells its host. */
function engine(pattern: number[], length = {ms: 0, breaths: 0}) {
  const clock = new FakeClock();
  const log: string[] = [];
  const host: EngineHost = {
    pattern: () => pattern,
    length: () => length,
    phase: (index, cycle, ms) => log.push(`${(clock.now() - 10_000) / 1000}s phase ${index} breath ${cycle} ${ms}ms`),
    changed: () => {},
    finished: (cycles, ms) => log.push(`${(clock.now() - 10_000) / 1000}s finished ${cycles} ${ms}ms`),
  };
  const e = new PacerEngine(host, clock);
  return {e, clock, log};
}

describe('pacer timing engine', () => {
  it('runs phases on the clock and ends a session counted in breaths after the last one', () => {
    const {e, clock, log} = engine([2000, 0, 3000, 0], {ms: 0, breaths: 2});
    e.prepare();
    e.run();
    clock.advance(20_000);
    expect(log).to.deep.equal([
      '0s phase 0 breath 1 2000ms',
      '2s phase 2 breath 1 3000ms',
      '5s phase 0 breath 2 2000ms',
      '7s phase 2 breath 2 3000ms',
      '10s finished 2 10000ms',
    ]);
    expect(e.running).to.equal(false);
    expect(clock.timers.size).to.equal(0);
  });

  it('takes pauses out of the schedule', () => {
    const {e, clock, log} = engine([1000, 0, 1000, 0], {ms: 4000, breaths: 0});
    e.prepare();
    e.run();
    clock.advance(1500);
    expect(e.hold()).to.equal(1500);
    clock.advance(60_000);
    e.run();
    clock.advance(10_000);
    expect(log.at(-1)).to.equal('64s finished 2 4000ms');
  });

  it('counts down whole seconds on the same clock, and can be cancelled', () => {
    const clock = new FakeClock();
    const seen: (number | string)[] = [];
    const countdown = new Countdown(clock, (left) => seen.push(left), () => seen.push('go'));
    countdown.start(3);
    clock.advance(2999);
    expect(seen).to.deep.equal([3, 2, 1]);
    clock.advance(1);
    expect(seen).to.deep.equal([3, 2, 1, 'go']);
    expect(countdown.active).to.equal(false);
    countdown.start(2);
    countdown.cancel();
    clock.advance(5000);
    expect(seen).to.deep.equal([3, 2, 1, 'go', 2]);
    expect(clock.timers.size).to.equal(0);
  });

  it('steps the pace by half a breath a minute inside the limits, never past them', () => {
    const limits = {min: 4, max: 10};
    expect(stepRate(6, 1, limits)).to.equal(6.5);
    expect(stepRate(6, -1, limits)).to.equal(5.5);
    expect(stepRate(10, 1, limits)).to.equal(undefined);
    expect(stepRate(4, -1, limits)).to.equal(undefined);
    expect(stepRate(3.2, -1, limits), 'a host pattern below the limit cannot go slower').to.equal(undefined);
    expect(stepRate(3.2, 1, limits), 'but faster goes into the range').to.equal(4);
    expect(stepRate(9.8, 1, limits)).to.equal(10);
    expect(scalePattern([4000, 0, 6000, 0], 5)).to.deep.equal([4800, 0, 7200, 0]);
    expect(lengthOf('b20')).to.deep.equal({ms: 0, breaths: 20});
    expect(lengthOf('m0.5')).to.deep.equal({ms: 30_000, breaths: 0});
  });
});
