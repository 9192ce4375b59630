/**
 * The demo page's language and theme switcher. A real charity page would set
 * `lang` on <html> and pick one theme; this lets you try them all. The page's
 * own words change with the language too (demo/demo-text.ts), so no English
 * prose is left in a French or Arabic page.
 */
import {demoText, type DemoText} from './demo-text.js';

const language = document.getElementById('language') as HTMLSelectElement;
const theme = document.getElementById('theme') as HTMLSelectElement;
const params = new URLSearchParams(location.search);
const charity = 'Example MS Charity';

function applyLanguage(tag: string): void {
  const root = document.documentElement;
  root.lang = tag;
  root.dir = ['ar', 'he', 'fa', 'ur'].includes(tag.split('-')[0]!) ? 'rtl' : 'ltr';
  const {text} = demoText(tag);
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    el.textContent = text[el.dataset.text as keyof DemoText];
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-text-label]')) {
    el.setAttribute('aria-label', text[el.dataset.textLabel as keyof DemoText]);
  }
  document.title = `${text.title} · ${charity}`;
}

function applyTheme(value: string): void {
  document.documentElement.classList.remove('light', 'dark', 'auto');
  document.documentElement.classList.add(value);
  for (const el of document.querySelectorAll('main *')) {
    if (el.localName.startsWith('ms-')) el.setAttribute('theme', value);
  }
}

const wantedLang = params.get('lang');
language.value = wantedLang && [...language.options].some((o) => o.value === wantedLang) ? wantedLang : 'en-GB';
theme.value = params.get('theme') ?? 'light';
applyLanguage(language.value);
applyTheme(theme.value);
language.addEventListener('change', () => applyLanguage(language.value));
theme.addEventListener('change', () => applyTheme(theme.value));

