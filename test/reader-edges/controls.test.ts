/**
 * Controls stay put: for every widget, every control is pressed (up to three
 * times) and neither it nor the control a reader would press next may move
 * by more than 1 px. Run in English at normal size and in Arabic at 320 px
 * with 200 % text. After each press, no word may be split either.
 */
import {expect} from '@open-wc/testing';
import {widgets} from '../robustness/widgets.js';
import {controls, largeText, nameOf, renderWidget, settleAll, splitWords, type Widget} from './measure.js';

const SETUPS = [
  {lang: 'en', large: false},
  {lang: 'ar', large: true},
];
const PRESSES = 3;

/**
 * Presses whose purpose is to show content right below the control, which
 * then pushes the following control down: opening a section (summary,
 * aria-expanded), and in the warning signs, the first tick, which shows what
 * the signs might mean under the list. The control pressed must still stay put.
 */
const revealsBelow = (tag: string, control: HTMLElement) =>
  control.matches('summary, [aria-expanded]') || (tag === 'ms-warning-signs' && control.matches('input[type=checkbox]'));


interface Movement {
  control: string;
  moved: number;
  what: string;
}

const rectOf = (c: HTMLElement) => c.getBoundingClientRect();
/** How far a control moved: up or down, or sideways at both edges (one edge staying put is a label growing in place). */
const distance = (a: DOMRect, b: DOMRect) =>
  Math.max(Math.abs(a.top - b.top), Math.min(Math.abs(a.left - b.left), Math.abs(a.right - b.right)));

/** Presses control number `index` of a fresh widget and reports how far it and the next control moved. */
async function pressAndMeasure(tag: string, lang: string, index: number): Promise<{moves: Movement[]; split: string[]}> {
  const el: Widget = await renderWidget(tag, lang);
  const control = controls(el)[index];
  if (!control) return {moves: [], split: []};
  const next = controls(el)[index + 1];
  const moves: Movement[] = [];
  const split: string[] = [];
  for (let press = 0; press < PRESSES; press++) {
    if (!control.isConnected || !control.getClientRects().length || control.matches('[disabled]')) break;
    const before = rectOf(control);
    const nextBefore = next?.isConnected && next.getClientRects().length ? rectOf(next) : undefined;
    control.click();
    await settleAll(el);
    if (control.isConnected && control.getClientRects().length) {
      moves.push({control: nameOf(control), moved: distance(before, rectOf(control)), what: 'itself'});
    }
    if (nextBefore && !revealsBelow(tag, control) && next!.isConnected && next!.getClientRects().length) {
      moves.push({control: nameOf(control), moved: distance(nextBefore, rectOf(next!)), what: `next control ${nameOf(next!)}`});
    }
    split.push(...splitWords(el).filter((s) => !s.unavoidable).map((s) => s.word));
  }
  return {moves, split};
}

/**
 * A reader going through the widget: presses every control once, in order,
 * each scrolled into view first (on a page that can scroll), and the control
 * just pressed must stay where it was on screen.
 */
async function pressInOrder(tag: string, lang: string): Promise<Movement[]> {
  const el: Widget = await renderWidget(tag, lang);
  const page = el.parentElement!;
  // In pixels, not vh: a browser's own bar (WebKit's download bar after
  // "Download") shrinks the window, and vh padding would move the page with it.
  page.style.paddingBlock = `${Math.round(window.innerHeight * 1.5)}px`;
  const moves: Movement[] = [];
  try {
    const count = controls(el).length;
    for (let i = 0; i < count; i++) {
      const control = controls(el)[i];
      if (!control) break;
      control.scrollIntoView({block: 'center'});
      await settleAll(el);
      const before = rectOf(control);
      control.click();
      await settleAll(el);
      if (control.isConnected && control.getClientRects().length) {
        moves.push({control: nameOf(control), moved: distance(before, rectOf(control)), what: 'itself (in order)'});
      }
    }
  } finally {
    page.style.paddingBlock = '';
    window.scrollTo(0, 0);
  }
  return moves;
}

for (const {lang, large} of SETUPS) {
  describe(`controls stay put (${lang}${large ? ', 320 px, 200 %' : ''})`, () => {
    before(() => largeText(large));
    after(() => largeText(false));

    for (const {tag} of widgets) {
      const title = `${tag}: pressing a control moves neither it nor the next control`;
      it(title, async () => {
        const count = controls(await renderWidget(tag, lang)).length;
        const moved: string[] = [];
        const split = new Set<string>();
        let largest = 0;
        for (let i = 0; i < count; i++) {
          const result = await pressAndMeasure(tag, lang, i);
          for (const m of result.moves) {
            largest = Math.max(largest, m.moved);
            if (m.moved > 1) moved.push(`${m.control} moved ${m.what} by ${Math.round(m.moved)} px`);
          }
          result.split.forEach((w) => split.add(w));
        }
        for (const m of await pressInOrder(tag, lang)) {
          largest = Math.max(largest, m.moved);
          if (m.moved > 1) moved.push(`${m.control} moved ${m.what} by ${Math.round(m.moved)} px`);
        }
        console.log(`[reader-edges] ${tag} ${lang}${large ? ' large' : ''}: ${count} controls, largest movement ${Math.round(largest)} px, split after presses ${split.size}`);
        expect([...new Set(moved)], `${tag}: controls moved`).to.deep.equal([]);
        expect([...split], `${tag}: words split after pressing controls`).to.deep.equal([]);
      });
    }
  });
}
