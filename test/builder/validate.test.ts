/** The builder's checks: links, numbers, phone numbers, required settings, the brand colour's contrast. */
import {expect} from '@open-wc/testing';
import {checkBrandColour, contrast, formatRatio} from '../../demo/builder/contrast.js';
import type {Field} from '../../demo/builder/fields.js';
import {folderProblem, linkProblem, numberProblem, phoneProblem, validate} from '../../demo/builder/validate.js';

const SUPPORT = ['https:', 'http:', 'mailto:', 'tel:'];

describe('builder validation', () => {
  it('accepts only https:, http:, mailto: and tel: links for the support link', () => {
    for (const ok of ['https://example.org/therapy', 'http://example.org', 'mailto:help@example.org', 'tel:+441234567890']) {
      expect(linkProblem(ok, SUPPORT), ok).to.equal('');
    }
    expect(linkProblem('javascript:alert(1)', SUPPORT)).to.contain('javascript:').and.contain('https://');
    expect(linkProblem('JavaScript:alert(1)', SUPPORT)).to.contain('javascript:');
    expect(linkProblem('data:text/html,hi', SUPPORT)).to.contain('data:');
    expect(linkProblem('ftp://example.org', SUPPORT)).to.contain('only uses links');
    expect(linkProblem('example.org/therapy', SUPPORT)).to.equal('Start the address with https://, for example https://example.org/therapy');
    expect(linkProblem('//example.org', SUPPORT)).to.contain('Start the address with https://');
    expect(linkProblem('https://exa mple.org', SUPPORT)).to.contain('spaces');
    expect(linkProblem('https://therapy', SUPPORT)).to.contain('not complete');
    expect(linkProblem('sms:116123', SUPPORT)).to.contain('only uses');
    expect(linkProblem('sms:116123', ['https:', 'tel:', 'sms:'])).to.equal('');
  });

  it('checks numbers against their range, and phone numbers', () => {
    const range = {min: 0, max: 20, step: 0.5};
    expect(numberProblem('4.5', range)).to.equal('');
    expect(numberProblem('', range)).to.equal('');
    expect(numberProblem('21', range)).to.equal('Use a number from 0 to 20.');
    expect(numberProblem('-1', range)).to.equal('Use a number from 0 to 20.');
    expect(numberProblem('four', range)).to.equal('Use a number from 0 to 20.');
    expect(numberProblem('2.5', {min: 1, max: 8, step: 1})).to.equal('Use a whole number from 1 to 8.');
    expect(phoneProblem('0800 123 456')).to.equal('');
    expect(phoneProblem('+44 (0)20 7946 0000')).to.equal('');
    expect(phoneProblem('call us')).to.contain('digits');
  });

  it('enforces required settings and a way to reach a crisis line of the host', () => {
    const href: Field = {name: 'href', label: 'Link address', hint: '', control: 'url', schemes: SUPPORT, required: 'Add the address.'};
    expect(validate([href], {href: ''})).to.deep.equal({href: 'Add the address.'});
    expect(validate([href], {href: '  '})).to.deep.equal({href: 'Add the address.'});
    expect(validate([href], {href: 'https://example.org'})).to.deep.equal({});
    const line = (name: string, control: Field['control'] = 'text'): Field => ({name, label: name, hint: '', control});
    const fields = [line('line-name'), line('line-phone', 'phone'), line('line-text', 'phone'), line('line-url', 'url')];
    expect(validate(fields, {'line-name': 'Our line'})['line-name']).to.contain('phone number');
    expect(validate(fields, {'line-name': 'Our line', 'line-phone': '0800 123 456'})).to.deep.equal({});
  });

  it('wants an https address for the files', () => {
    expect(folderProblem('https://cdn.example/pkg@1/dist/cdn/')).to.equal('');
    expect(folderProblem('http://127.0.0.1:8000/dist/cdn/')).to.equal('');
    expect(folderProblem('http://cdn.example/')).to.contain('https://');
    expect(folderProblem('')).to.contain('Add');
  });
});

describe('brand colour contrast (WCAG AA, 4.5:1 for text)', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#ffffff', '#000000')).to.be.closeTo(21, 0.001);
    expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(formatRatio(4.4999)).to.equal('4.4:1');
  });

  it('warns that a purple brand colour on a dark page gives faint button text, and suggests white', () => {
    const [dark] = checkBrandColour('#6b2c91', null, 'dark');
    expect(dark!.scheme).to.equal('dark');
    expect(dark!.button.ok).to.equal(false);
    expect(dark!.button.ratio).to.be.within(1.8, 2.3);
    expect(dark!.button.suggestion).to.equal('#ffffff');
    expect(contrast('#6b2c91', dark!.button.suggestion)).to.be.at.least(4.5);
    // Links in purple on a dark background are faint too; the lighter shade offered passes.
    expect(dark!.link.ok).to.equal(false);
    for (const bg of ['#121212', '#1b2430']) expect(contrast(dark!.link.suggestion!, bg)).to.be.at.least(4.5);
  });

  it('passes the same colour on light pages, and checks both schemes for "auto"', () => {
    const [light] = checkBrandColour('#6b2c91', null, 'light');
    expect(light!.button.ok && light!.link.ok).to.equal(true);
    expect(checkBrandColour('#6b2c91', null, 'auto').map((c) => c.scheme)).to.deep.equal(['light', 'dark']);
    // The editor's own text colour is what is checked.
    expect(checkBrandColour('#6b2c91', '#ffffff', 'dark')[0]!.button.ok).to.equal(true);
    expect(checkBrandColour('#ffd700', null, 'light')[0]!.button.ok).to.equal(false);
    expect(checkBrandColour('#ffd700', null, 'light')[0]!.button.suggestion).to.equal('#111111');
    expect(checkBrandColour('not a colour', null, 'light')).to.deep.equal([]);
  });
});
