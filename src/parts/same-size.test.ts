/**
 * `sameSize()` with the shared button styles: a label keeps the room of the
 * longer of its two texts, so nothing moves when it changes; in a button the
 * shown text sits in the middle of that room, in a status line at its top;
 * only the shown text is in the DOM. In English and in Arabic (right to left).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {buttonStyles} from '../core/button-styles.js';
import {sameSize} from './same-size.js';

/** A button and a status line, each with a label that keeps the longer text's room. */
class SameSizeHost extends LitElement {
  static override styles = buttonStyles;
  static override properties = {shown: {}, other: {}};
  shown = '';
  other = '';
  override render() {
    return html`<button class="button" style="inline-size: 12em">${sameSize(this.shown, this.other)}</button>
      <p role="status" style="inline-size: 12em; margin: 0">${sameSize(this.shown, this.other)}</p>`;
  }
}
customElements.define('ms-test-same-size-host', SameSizeHost);

const TEXTS = [
  {lang: 'en', dir: 'ltr', short: 'One idea', long: 'Give me another idea to try today, please'},
  {lang: 'ar', dir: 'rtl', short: 'أريد فكرة', long: 'أريد فكرة أخرى أجربها اليوم من فضلك'},
];

async function host(lang: string, dir: string, shown: string, other: string): Promise<SameSizeHost> {
  const el = await fixture<SameSizeHost>(
    html`<ms-test-same-size-host lang=${lang} dir=${dir} style="font-size: 16px" .shown=${shown} .other=${other}></ms-test-same-size-host>`
  );
  await el.updateComplete;
  return el;
}

const box = (el: SameSizeHost, selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
/** Where the text itself is drawn (its lines), not the box around it. */
function textBox(el: SameSizeHost, selector: string): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el.shadowRoot!.querySelector(selector)!);
  return range.getBoundingClientRect();
}
const middle = (rect: DOMRect) => rect.top + rect.height / 2;

for (const {lang, dir, short, long} of TEXTS) {
  describe(`sameSize in a button and a status line (${lang})`, () => {
    it('keeps the room of the longer text, so nothing moves when the label changes', async () => {
      const el = await host(lang, dir, short, long);
      const before = [box(el, '.button'), box(el, '[role="status"]')];
      el.shown = long;
      el.other = short;
      await el.updateComplete;
      const after = [box(el, '.button'), box(el, '[role="status"]')];
      for (const [i, name] of ['button', 'status line'].entries()) {
        expect(after[i].height, `${lang} ${name} height`).to.be.closeTo(before[i].height, 0.5);
        expect(after[i].width, `${lang} ${name} width`).to.be.closeTo(before[i].width, 0.5);
        expect(after[i].top, `${lang} ${name} top`).to.be.closeTo(before[i].top, 0.5);
      }
    });

    it('shows a shorter text in the middle of a button and at the top of a status line', async () => {
      const el = await host(lang, dir, short, long);
      const room = box(el, '.button .same-size');
      const shownInButton = textBox(el, '.button .same-size > span');
      // The longer text takes at least two lines, the shown one only one.
      expect(room.height, `${lang}: the room is taller than the shown text`).to.be.above(shownInButton.height * 1.5);
      expect(middle(shownInButton), `${lang}: the button's text is in the middle`).to.be.closeTo(middle(room), 1);
      const line = box(el, '[role="status"] .same-size');
      const shownInLine = textBox(el, '[role="status"] .same-size > span');
      expect(shownInLine.top, `${lang}: the status line's text is at the top`).to.be.closeTo(line.top, 1);
    });

    it('puts only the shown text in the DOM, which is what a screen reader reads', async () => {
      const el = await host(lang, dir, short, long);
      const button = el.shadowRoot!.querySelector('.button')!;
      expect(button.textContent!.trim()).to.equal(short);
      await expect(el).shadowDom.to.be.accessible();
    });
  });
}
