/**
 * The demo page's language and theme switcher. A real charity page would set
 * `lang` on <html> and pick one theme; this lets you try them all.
 */
const language = document.getElementById('language') as HTMLSelectElement;
const theme = document.getElementById('theme') as HTMLSelectElement;
const params = new URLSearchParams(location.search);

function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = ['ar', 'he', 'fa', 'ur'].includes(lang.split('-')[0]!) ? 'rtl' : 'ltr';
}

function applyTheme(value: string): void {
  document.documentElement.classList.remove('light', 'dark', 'auto');
  document.documentElement.classList.add(value);
  for (const el of document.querySelectorAll('main *')) {
    if (el.localName.startsWith('ms-')) el.setAttribute('theme', value);
  }
}

language.value = params.get('lang') ?? 'en-GB';
theme.value = params.get('theme') ?? 'light';
applyLanguage(language.value);
applyTheme(theme.value);
language.addEventListener('change', () => applyLanguage(language.value));
theme.addEventListener('change', () => applyTheme(theme.value));
