/**
 * Plurals: Arabic has six categories (zero, one, two, few, many, other). Every
 * widget that counts things must give the right form for 0, 1, 2, 3, 11 and 100.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {plural, pluralCategory} from '../src/core/plural.js';
import {rendered} from './robustness/widgets.js';

const COUNTS = [0, 1, 2, 3, 11, 100];
const ar = (n: number) => new Intl.NumberFormat('ar').format(n);

describe('plural()', () => {
  it('covers every Arabic category and gives only that form', () => {
    const forms = {
      zero: () => 'zero', one: () => 'one', two: () => 'two', few: () => 'few', many: () => 'many', other: () => 'other',
    };
    expect(COUNTS.map((n) => plural('ar', n, forms))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(COUNTS.map((n) => plural('en', n, forms))).to.deep.equal(['other', 'one', 'other', 'other', 'other', 'other']);
    expect(plural('fr', 0, forms)).to.equal('one');
    expect(pluralCategory('not a locale!', 1)).to.equal('other');
  });
});

describe('Arabic counts in widgets', () => {
  it('ms-warning-signs says how many signs are ticked with the right Arabic form', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ar"><ms-warning-signs
      ><ul>${Array.from({length: 100}, (_, i) => html`<li>علامة رقم ${i + 1}</li>`)}</ul></ms-warning-signs
    ></div>`);
    const el = await rendered(page.querySelector('ms-warning-signs')!);
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes).to.have.length(100);
    const said: Record<number, string> = {};
    let ticked = 0;
    for (const n of COUNTS) {
      while (ticked < n) boxes[ticked++]!.click();
      await el.updateComplete;
      said[n] = el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
    }
    const of = ar(100);
    expect(said[0]).to.not.contain('حدّدت'); // "not ticked any" has its own sentence
    expect(said[1]).to.equal(`حدّدت علامة واحدة (${ar(1)}) من أصل ${of}.`);
    expect(said[2]).to.equal(`حدّدت علامتين (${ar(2)}) من أصل ${of}.`);
    expect(said[3]).to.equal(`حدّدت ${ar(3)} علامات من أصل ${of}.`);
    expect(said[11]).to.equal(`حدّدت ${ar(11)} علامة من أصل ${of}.`);
    expect(said[100]).to.equal(`حدّدت ${ar(100)} علامة من أصل ${of}.`);
  });

  it('ms-appointment-prep offers the ticked signs with the right Arabic form', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="ar"><ms-appointment-prep></ms-appointment-prep></div>`);
    const el = await rendered(page.querySelector('ms-appointment-prep')!);
    const offer = async (n: number) => {
      const checked = Array.from({length: n}, (_, i) => `host-${i + 1}`);
      const texts = checked.map((_, i) => `علامة ${i + 1}`);
      document.dispatchEvent(new CustomEvent('ms-warning-signs-change', {detail: {checked, texts, count: n, total: 100}}));
      await el.updateComplete;
      // The offer's code arrives after the first signs are heard of.
      if (n) await waitUntil(() => el.shadowRoot!.querySelector('[part="signs"]'), 'the offer');
      return el.shadowRoot!.querySelector('[part="signs"] label')?.textContent!.replace(/\s+/g, ' ').trim();
    };
    expect(await offer(0)).to.equal(undefined); // nothing ticked: nothing offered
    expect(await offer(1)).to.equal('إضافة العلامة التحذيرية التي حدّدتها في هذه الصفحة');
    expect(await offer(2)).to.equal(`إضافة العلامتين التحذيريتين (${ar(2)}) اللتين حدّدتهما في هذه الصفحة`);
    expect(await offer(3)).to.equal(`إضافة ${ar(3)} علامات تحذيرية حدّدتها في هذه الصفحة`);
    expect(await offer(11)).to.equal(`إضافة ${ar(11)} علامة تحذيرية حدّدتها في هذه الصفحة`);
    expect(await offer(100)).to.equal(`إضافة ${ar(100)} علامة تحذيرية حدّدتها في هذه الصفحة`);
    expect(el.shadowRoot!.querySelectorAll('[part="signs"] li')).to.have.length(100);
  });
});
