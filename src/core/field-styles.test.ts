/**
 * Text fields keep a border a reader can see. In forced colours Firefox swaps
 * a field's border for a light system grey (on a white page the journal's
 * writing box, the sheet's fields and the mood colour's word all but
 * vanished), so fieldStyles gives it the text colour.
 * Firefox and WebKit run the widgets' own forced-colours CSS here (see
 * test/commands.ts), so there this fails without that rule. A reader types
 * into each field with the keyboard (en, fr, ar): the text arrives and the
 * box stays where it was.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '../../test/commands.js';
import {nextFrames} from '../../test/helpers.js';
import {rendered} from '../../test/robustness/widgets.js';
import '../define-all.js';

/** The colour CanvasText resolves to on this page now. */
function canvasText(): string {
  const probe = document.createElement('span');
  probe.style.color = 'CanvasText';
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

const fields = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('textarea, input[type=text], input[type=date], input[type=time]')];

/** What a reader types, in the widget's language. */
const TYPED: Record<string, string> = {en: 'Very tired', fr: 'Très fatigué', ar: 'متعب جدا'};

for (const lang of ['en', 'fr', 'ar']) {
  describe(`text fields (${lang})`, () => {
    const widgetsWithFields = [
      {name: 'appointment sheet', make: () => fixture(html`<div lang=${lang}><ms-appointment-prep></ms-appointment-prep></div>`)},
      {name: 'journal writing box', make: () => fixture(html`<div lang=${lang}><ms-journal-prompts writing></ms-journal-prompts></div>`)},
      {name: 'mood colour word', make: () => fixture(html`<div lang=${lang}><ms-mood-color></ms-mood-color></div>`)},
    ];
    for (const {name, make} of widgetsWithFields) {
      it(`${name}: a 2px border in the border colour, and in forced colours in the text colour`, async () => {
        const wrapper = await make();
        const el = await rendered(wrapper.firstElementChild!);
        const boxes = fields(el);
        expect(boxes.length, 'text fields').to.be.greaterThan(0);
        for (const box of boxes) {
          const style = getComputedStyle(box);
          expect(style.borderTopWidth, `${box.localName} border width`).to.equal('2px');
          expect(style.borderTopStyle).to.equal('solid');
          expect(style.borderTopColor, `${box.localName} border`).to.equal('rgb(95, 107, 120)');
        }
        try {
          await emulateMedia({forcedColors: 'active'});
          await nextFrames();
          const text = canvasText();
          for (const box of fields(el)) {
            expect(getComputedStyle(box).borderTopColor, `${box.localName} border in forced colours`).to.equal(text);
            expect(getComputedStyle(box).borderTopWidth).to.equal('2px');
          }
        } finally {
          await emulateMedia({forcedColors: 'none'});
        }
      });

      it(`${name}: typing into the first text box keeps the text, and the box keeps its place and size`, async () => {
        const wrapper = await make();
        const el = await rendered(wrapper.firstElementChild!);
        const box = fields(el).find((f) => f.localName === 'textarea' || (f as HTMLInputElement).type === 'text') as HTMLInputElement | HTMLTextAreaElement;
        const before = box.getBoundingClientRect();
        box.focus();
        await sendKeys({type: TYPED[lang]!});
        await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
        await nextFrames();
        expect(box.value).to.equal(TYPED[lang]);
        const after = box.getBoundingClientRect();
        expect([after.top, after.left, after.width, after.height], 'the box did not move or change size').to.deep.equal([before.top, before.left, before.width, before.height]);
        expect(getComputedStyle(box).borderTopWidth).to.equal('2px');
      });
    }
  });
}
