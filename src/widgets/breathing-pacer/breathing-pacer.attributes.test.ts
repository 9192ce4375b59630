import {expect} from '@open-wc/testing';
import {emulateMedia} from '../../../test/commands.js';
import {shadowText, withWarnings} from '../../../test/helpers.js';
import {pacer, stat} from './breathing-pacer.fixture.js';

describe('ms-breathing-pacer attributes', () => {
  afterEach(async () => {
    await emulateMedia({reducedMotion: 'no-preference'});
    delete (document as unknown as Record<string, unknown>).visibilityState;
  });

  it('warns about bad values and uses the defaults', async () => {
    const {result, warnings} = await withWarnings(() =>
      pacer('inhale="abc" exhale="-3" minutes="lots" preset="fast" hold-in=""')
    );
    const {el, clock, events} = result;
    for (const [attribute, value] of [
      ['inhale', 'abc'],
      ['exhale', '-3'],
      ['minutes', 'lots'],
      ['preset', 'fast'],
    ]) {
      expect(
        warnings.some((w) => w.includes('<ms-breathing-pacer>') && w.includes(`"${attribute}"="${value}"`)),
        `${attribute}="${value}" ${warnings.join('\n')}`
      ).to.equal(true);
    }
    expect(stat(el, 'Time left')).to.equal('3:00');
    expect(stat(el, 'Pace')).to.equal('6 breaths a minute');
    expect(shadowText(el)).not.to.match(/NaN|undefined|null|Infinity|\[object/);
    el.start();
    clock.advance(10_000);
    expect(events.filter((e) => e.type === 'ms-breathing-phase').map((e) => e.detail.seconds)).to.deep.equal([4, 6, 4]);
    const {warnings: again} = await withWarnings(async () => {
      el.requestUpdate();
      await el.updateComplete;
      clock.advance(20_000);
    });
    expect(again, 'each bad value is warned about once').to.deep.equal([]);
    el.stop();
  });

  it('clamps values out of range, with a warning', async () => {
    const {result, warnings} = await withWarnings(() =>
      pacer('inhale="30" hold-in="25" exhale="0.5" hold-out="21" minutes="100"')
    );
    const {el, clock, events} = result;
    expect(warnings.join('\n')).to.contain('"inhale"="30"').and.contain('Using 20');
    expect(warnings.join('\n')).to.contain('"exhale"="0.5"').and.contain('Using 1');
    expect(warnings.join('\n')).to.contain('"minutes"="100"').and.contain('Using 60');
    expect(warnings).to.have.length(5);
    expect(stat(el, 'Time left')).to.equal('60:00');
    el.start();
    clock.advance(61_000);
    expect(events.filter((e) => e.type === 'ms-breathing-phase').map((e) => e.detail.seconds)).to.deep.equal([20, 20, 1, 20, 20]);
    el.stop();
  });
});
