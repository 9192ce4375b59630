/** Helpers shared by the <ms-journal-prompts> test files. */
import {sendKeys} from '../../../test/commands.js';
import type {MsJournalPrompts} from './journal-prompts.js';
export const KEY = 'ms-widgets:journal-prompts';
export const PROMPTS = [
  'If I could feel something today, what would I want it to be?',
  'When did I last feel joy?',
  'Write a letter from your “numb self” to your “alive self”.',
  'Draw what your emotions feel like inside your body. Where do they sit?',
];

export const shadow = (el: Element) => el.shadowRoot!;
export const clean = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const button = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => clean(b) === text);
export const another = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="next-button"]')!;
export const promptBox = (el: Element) => shadow(el).querySelector('[part="prompt"]')!;
export const promptText = (el: Element) => clean(promptBox(el).querySelector('.text'));
export const area = (el: Element) => shadow(el).querySelector<HTMLTextAreaElement>('textarea')!;
export const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
export const status = (el: Element) => clean(shadow(el).querySelector('p[role="status"]'));
export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function next(el: MsJournalPrompts, times = 1) {
  for (let i = 0; i < times; i++) {
    another(el).click();
    await el.updateComplete;
  }
}

/** Types into the writing box like a keyboard user. */
export async function typeInto(el: MsJournalPrompts, text: string) {
  area(el).focus();
  await sendKeys({type: text});
  await el.updateComplete;
}

/** Records the files `downloadText` makes, without starting real downloads. */
export function captureDownloads() {
  const files: Blob[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  const names: string[] = [];
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    files.push(blob as Blob);
    return 'blob:test';
  };
  HTMLAnchorElement.prototype.click = function () {
    names.push(this.download);
  };
  return {
    files,
    names,
    restore() {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

