/** Helpers shared by the <ms-mood-color> test files. */
import {fixture} from '@open-wc/testing';
import {sendKeys} from '../../../test/commands.js';
import type {MsMoodColor} from './mood-color.js';
export const KEY = 'ms-widgets:mood-color';
/** 15 March 2025, 10:00 local time. */
export const NOW = () => new Date(2025, 2, 15, 10);
export const shadow = (el: Element) => el.shadowRoot!;
export const radios = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
export const radio = (el: Element, id: string) => radios(el).find((r) => r.value === id)!;
export const word = (el: Element) => shadow(el).querySelector<HTMLInputElement>('#word')!;
export const days = (el: Element) => [...shadow(el).querySelectorAll('li.day')];
export const dayTexts = (el: Element) => days(el).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
export const button = (root: ParentNode, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').includes(text))!;
export const stored = () => JSON.parse(localStorage.getItem(KEY)!) as {v: number; data: Record<string, {c?: string; w?: string}>};
export const seed = (data: unknown) => localStorage.setItem(KEY, JSON.stringify({v: 1, data}));
export const day = (month: number, date: number) => new Date(2025, month - 1, date);
/** Dates as the widget writes them in English (the test page has no lang). */
export const short = (m: number, d: number) =>
  new Intl.DateTimeFormat('en', {weekday: 'short', day: 'numeric', month: 'short'}).format(day(m, d));
export const long = (m: number, d: number) =>
  new Intl.DateTimeFormat('en', {weekday: 'long', day: 'numeric', month: 'long'}).format(day(m, d));
export const settle = async (el: MsMoodColor) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

export function mood(attrs = '') {
  const el = document.createElement('ms-mood-color');
  el.now = NOW;
  if (attrs.includes('persist')) el.persist = true;
  return fixture<MsMoodColor>(el);
}

/** Types into the focused control like a keyboard user. */
export async function type(text: string) {
  await sendKeys({type: text});
}

