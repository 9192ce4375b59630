/**
 * Text fields keep a border a reader can see. In forced colours Firefox swaps
 * a field's border for a light system grey (on a white page the journal's
 * writing box, the sheet's fields and the mood colour's word all but
 * vanished), so fieldStyles gives it the text colour.
 * Firefox and WebKit run the widgets' own forced-colours CSS here (see
 * test/commands.ts), so there this fails without that rule.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '../../test/commands.js';
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

for (const lang of ['en', 'ar']) {
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
    }
  });
}
