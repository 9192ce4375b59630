/**
 * Property-based tests over every attribute of every widget: random and
 * hostile values never throw, never show NaN / undefined / null /
 * [object Object], a closed-type attribute with junk warns naming itself, and
 * the widget is still right once the junk is removed.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {withWarnings} from '../helpers.js';
import {deepText, isClosedType, rendered, REQUIRED, widgets} from './widgets.js';

const HOSTILE = [
  'NaN', '-1', '0', '-0', '1e309', '-1e309', 'Infinity', '999999999', '0.0000001', '3.5', '',
  '   ', '{}', '[]', 'null', 'undefined', 'true', 'false', '[object Object]', '<b>x</b>',
  'javascript:alert(1)', 'data:text/html,x', '%', '\u202e', '😀', 'x'.repeat(500), 'ar', 'zz-ZZ',
];
const value = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({maxLength: 40}),
  fc.integer().map(String),
  fc.double().map(String)
);
const BAD_WORDS = /\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]/;

function newWidget(tag: string): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, v] of Object.entries(REQUIRED[tag] ?? {})) el.setAttribute(name, v);
  document.body.append(el);
  return el;
}

for (const {tag, attributes} of widgets) {
  describe(`${tag} under random and hostile attributes`, () => {
    const names = attributes.map((a) => a.name);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    beforeEach(() => window.addEventListener('error', onError));
    afterEach(() => {
      window.removeEventListener('error', onError);
      localStorage.clear();
    });

    it('never throws or shows NaN, undefined, null or [object Object]', async function () {
      this.timeout(60000);
      const {warnings} = await withWarnings(() =>
        fc.assert(
          fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...names), value), {minLength: 1, maxLength: 6}), async (pairs) => {
            const el = newWidget(tag);
            try {
              for (const [name, v] of pairs) el.setAttribute(name, v);
              await rendered(el);
              const text = deepText(el);
              const echoed = pairs.some(([, v]) => BAD_WORDS.test(v));
              if (!echoed) expect(text, JSON.stringify(pairs)).not.to.match(BAD_WORDS);
            } finally {
              el.remove();
            }
          }),
          {numRuns: 30, seed: 20261126}
        )
      );
      expect(errors).to.deep.equal([]);
      for (const w of warnings) expect(w, 'warnings name the element or the library').to.match(/<ms-[a-z-]+>|\[ms-widgets\]/);
    });

    for (const attr of attributes.filter((a) => isClosedType(a.type))) {
      it(`warns about junk in "${attr.name}" (${attr.type}) and falls back`, async () => {
        const clean = await rendered(newWidget(tag));
        const expected = deepText(clean);
        clean.remove();
        const el = newWidget(tag);
        const {warnings} = await withWarnings(async () => {
          el.setAttribute(attr.name, 'definitely-not-valid');
          await rendered(el);
        });
        expect(warnings.join('\n')).to.contain(`<${tag}>`).and.contain(`"${attr.name}"`);
        el.removeAttribute(attr.name);
        await rendered(el);
        expect(deepText(el)).to.equal(expected);
        el.remove();
      });
    }

    it('is right again once the junk is removed', async () => {
      const fresh = await rendered(newWidget(tag));
      const expected = deepText(fresh);
      fresh.remove();
      const el = newWidget(tag);
      await withWarnings(async () => {
        for (const name of names) if (!(name in (REQUIRED[tag] ?? {}))) el.setAttribute(name, '{{junk}}');
        await rendered(el);
        for (const name of names) if (!(name in (REQUIRED[tag] ?? {}))) el.removeAttribute(name);
        await rendered(el);
      });
      expect(deepText(el)).to.equal(expected);
      el.remove();
    });
  });
}
