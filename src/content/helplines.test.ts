/**
 * The crisis data: every entry is well formed and was checked less than a
 * year ago. When this fails, recheck the numbers against their sources
 * (see /work/shared/content/helplines*.md) and update `verified`.
 */
import {expect} from '@open-wc/testing';
import {countryLines, HELPLINES} from './helplines.js';
import {EMERGENCY_NUMBERS} from './emergency-numbers.js';

const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

describe('crisis data', () => {
  it('every number was checked within the last 12 months', () => {
    const now = Date.now();
    const stale = Object.entries(HELPLINES).flatMap(([code, help]) =>
      countryLines(help)
        .filter((line) => !line.verified || !(now - Date.parse(`${line.verified}T00:00:00Z`) <= YEAR_MS))
        .map((line) => `${code} ${line.name ?? line.phones[0]} (checked ${line.verified ?? 'never'})`)
    );
    expect(stale, `Crisis numbers not checked for more than 12 months, recheck them in src/content/helplines.ts: ${stale.join('; ')}`).to.deep.equal([]);
  });

  it('every country has an emergency number and only well-formed numbers', () => {
    expect(Object.keys(HELPLINES).length).to.be.at.least(35);
    for (const [code, help] of Object.entries(HELPLINES)) {
      expect(code).to.match(/^[A-Z]{2}$/);
      expect(help.emergency.length, code).to.be.at.least(1);
      for (const n of [...help.emergency, ...(help.medical ? [help.medical] : [])]) expect(n, code).to.match(/^\d{2,4}$/);
      for (const line of countryLines(help)) {
        for (const n of [...line.phones, ...(line.texts ?? [])]) expect(n, code).to.match(/^[*+]?\d[\d -]*\d$/);
        expect(!!(line.open24h && (line.hours || line.notAlways)), `${code}: open 24/7 and not`).to.equal(false);
        expect(line.verified, code).to.match(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('the first-paint table counts every country’s lines (their room is kept while they load)', () => {
    expect(Object.keys(EMERGENCY_NUMBERS)).to.deep.equal(Object.keys(HELPLINES));
    for (const [code, numbers] of Object.entries(EMERGENCY_NUMBERS)) {
      expect(numbers.lines, code).to.equal(countryLines(HELPLINES[code]).length);
      expect(HELPLINES[code]!.emergency, code).to.equal(numbers.emergency);
      expect(HELPLINES[code]!.medical, code).to.equal(numbers.medical);
    }
  });

  it('has no guessed lines where none could be verified', () => {
    for (const code of ['MC', 'DK', 'CO', 'EG', 'SA', 'JO', 'MA', 'TN', 'KW']) {
      expect(countryLines(HELPLINES[code]), code).to.deep.equal([]);
    }
  });
});
