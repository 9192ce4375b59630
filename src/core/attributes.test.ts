import {expect} from '@open-wc/testing';
import {parseEnum, parseNumber, parseText} from './attributes.js';
import {withWarnings} from '../../test/helpers.js';

describe('attribute parsing', () => {
  it('parses numbers in range, and warns and falls back or clamps otherwise', async () => {
    const el = document.createElement('ms-test-attr');
    const rule = {min: 1, max: 20, fallback: 4, unit: 'seconds'};
    const {result, warnings} = await withWarnings(() => [
      parseNumber(el, 'inhale', '5.5', rule),
      parseNumber(el, 'inhale', 'abc', rule),
      parseNumber(el, 'inhale', '', rule),
      parseNumber(el, 'inhale', '-3', rule),
      parseNumber(el, 'inhale', '99', {...rule, clamp: true}),
      parseNumber(el, 'inhale', Infinity, rule),
    ]);
    expect(result).to.deep.equal([5.5, 4, 4, 4, 20, 4]);
    expect(warnings).to.have.length(5);
    expect(warnings[0]).to.equal('<ms-test-attr> attribute "inhale"="abc": expected a number from 1 to 20 seconds. Using 4.');
  });

  it('matches keywords case-insensitively', async () => {
    const el = document.createElement('ms-test-attr');
    const {result, warnings} = await withWarnings(() => [
      parseEnum(el, 'preset', 'BOX', ['calm', 'box'], 'calm'),
      parseEnum(el, 'preset', 'fast', ['calm', 'box'], 'calm'),
    ]);
    expect(result).to.deep.equal(['box', 'calm']);
    expect(warnings[0]).to.contain('"preset"="fast"').and.contain('"calm", "box"');
  });

  it('cleans and shortens text', async () => {
    const el = document.createElement('ms-test-attr');
    expect(parseText(el, 'heading', '  Two   words ')).to.equal('Two words');
    expect(parseText(el, 'heading', '   ')).to.equal(undefined);
    const {result} = await withWarnings(() => parseText(el, 'heading', 'x'.repeat(300), 100));
    expect(result).to.have.length(100);
  });
});
