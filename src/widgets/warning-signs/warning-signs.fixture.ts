/** Helpers shared by the <ms-warning-signs> test files. */
import {sendMouse} from '../../../test/commands.js';
import type {MsWarningSigns} from './warning-signs.js';
export const KEY = 'ms-widgets:warning-signs';
export const shadow = (el: Element) => el.shadowRoot!;
export const boxes = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
export const status = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
export const result = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="result"]')!;
export const isShown = (node: HTMLElement) => !node.hidden && node.getBoundingClientRect().height > 0;
export const button = (el: Element, name: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

export async function clickRow(el: MsWarningSigns, index: number): Promise<void> {
  // Clicks the middle of the row's words, away from the checkbox itself, as a reader would
  // (not the row's far edge, where an overlay scrollbar may take the click).
  const row = shadow(el).querySelectorAll('[part="sign"]')[index]!;
  row.scrollIntoView({block: 'center'});
  const box = row.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
  await el.updateComplete;
}

export async function tick(el: MsWarningSigns, ...indexes: number[]): Promise<void> {
  for (const i of indexes) boxes(el)[i]!.click();
  await el.updateComplete;
}


