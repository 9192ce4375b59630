/** Helpers shared by the <ms-appointment-prep> test files. */
import {fixture, html} from '@open-wc/testing';
import {sendKeys} from '../../../test/commands.js';
import type {MsAppointmentPrep} from './appointment-prep.js';
export const KEY = 'ms-widgets:appointment-prep';
export const shadow = (el: Element) => el.shadowRoot!;
export const field = <T extends HTMLElement = HTMLTextAreaElement>(el: Element, name: string) =>
  shadow(el).querySelector<T>(`[name="${name}"]`)!;
export const box = (el: Element, value: string) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((b) => b.value === value)!;
export const button = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
export const status = (el: Element) => shadow(el).querySelector('.visually-hidden[role="status"]')!.textContent!.trim();
export const stored = () => JSON.parse(localStorage.getItem(KEY)!) as {v: number; data: {t: Record<string, string>; c: string[]}};
export const settle = async (el: {updateComplete: Promise<unknown>}) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

/** Types into a field the way the browser reports typing. */
export function write(el: Element, name: string, value: string) {
  const input = field<HTMLInputElement>(el, name);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
}

export async function fill(el: MsAppointmentPrep) {
  write(el, 'who', 'Dr Patel');
  write(el, 'date', '2025-03-20');
  write(el, 'changes', 'I used to cry at films.\n\n  Now I feel blank.  ');
  box(el, 'med:baclofen').click();
  box(el, 'med:interferon-beta').click();
  write(el, 'meds', 'Vitamin D');
  box(el, 'began:flare').click();
  write(el, 'when', 'Since the winter');
  box(el, 'q:therapy').click();
  box(el, 'q:medicines').click();
  write(el, 'ask', 'How long might it take?');
  await el.updateComplete;
}

export const DATE = new Intl.DateTimeFormat('en', {dateStyle: 'full'}).format(new Date(2025, 2, 20));
export const EXPECTED = [
  'Notes for my appointment',
  'With: Dr Patel',
  `Date: ${DATE}`,
  '',
  'What has changed in how I react to things',
  '- I used to cry at films.',
  '- Now I feel blank.',
  '',
  'Medicines I take',
  '- Interferon-beta',
  '- Baclofen',
  '- Vitamin D',
  '',
  'When it began',
  '- After a flare-up of my MS',
  '- Since the winter',
  '',
  'Questions I want to ask',
  '- Could any of my medicines be adding to the numbness?',
  '- Could a therapy for feeling cut off from my feelings (dissociation), like EMDR or somatic therapy, help me?',
  '- How long might it take?',
  '',
  'This sheet is to help the conversation. It is not a diagnosis.',
  '',
].join('\r\n');

/** Records the files the page makes with URL.createObjectURL. */
export function captureDownloads(): {blobs: Blob[]; restore: () => void} {
  const original = URL.createObjectURL;
  const blobs: Blob[] = [];
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    blobs.push(obj as Blob);
    return original.call(URL, obj);
  };
  return {blobs, restore: () => (URL.createObjectURL = original)};
}

/** Presses Tab until `target` has focus; returns how many presses it took (fails after `max`). */
export async function tabTo(el: Element, target: Element, max = 12): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await sendKeys({press: 'Tab'});
    if (shadow(el).activeElement === target) return i;
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 60)}`);
}

export function prep(persist = false) {
  return fixture<MsAppointmentPrep>(
    persist ? html`<ms-appointment-prep persist></ms-appointment-prep>` : html`<ms-appointment-prep></ms-appointment-prep>`
  );
}

