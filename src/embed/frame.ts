/**
 * The iframe embed page (`dist/embed/index.html?widget=ms-breathing-pacer&lang=fr&theme=dark&...`),
 * for CMSs that strip scripts. It shows one widget chosen by the query string.
 * Every other parameter must be one of that widget's attributes (the names
 * its class observes); anything else is ignored with a warning. It reports its
 * height to the host page, where `embed-resize.js` keeps the iframe as tall
 * as the widget.
 *
 * `lang` sets the page language (default English). `country` (two letters)
 * goes to a widget that takes it and also gives the page language its region
 * (`lang=en&country=GB` makes the page `en-GB`), so crisis help inside any
 * widget shows that country's numbers. `accent` and `on-accent` set the brand
 * colour and the text colour on it.
 */
import {widgetLoaders} from '../generated/widget-loaders.js';
import {EMBED_MESSAGE_TYPE, type EmbedHeightMessage} from './messages.js';

const PAGE_PARAMS = new Set(['widget', 'lang', 'dir', 'accent', 'on-accent', 'country', 'frame', 'origin']);

/** The page language with the country as its region, when the language names none (`en` + `GB` = `en-GB`). */
function pageLanguage(lang: string | null, country: string): string | null {
  const tag = lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(lang) ? lang : null;
  if (!country) return tag;
  const base = tag ?? 'en';
  try {
    return new Intl.Locale(base).region ? base : `${base}-${country}`;
  } catch {
    return tag;
  }
}

function parentOrigin(params: URLSearchParams): string {
  for (const candidate of [params.get('origin'), document.referrer]) {
    if (!candidate) continue;
    try {
      const origin = new URL(candidate).origin;
      if (origin !== 'null') return origin;
    } catch {
      /* not a URL: try the next */
    }
  }
  return '*';
}

export function renderEmbed(params: URLSearchParams, container: HTMLElement = document.body): HTMLElement | null {
  const doc = container.ownerDocument;
  const tag = (params.get('widget') ?? '').trim().toLowerCase();
  const root = doc.documentElement;
  const rawCountry = (params.get('country') ?? '').trim();
  const country = /^[a-zA-Z]{2}$/.test(rawCountry) ? rawCountry.toUpperCase() : '';
  if (rawCountry && !country) console.warn(`[ms-widgets embed] "country"="${rawCountry}" is not a two-letter country code; it was ignored.`);
  const lang = pageLanguage(params.get('lang'), country);
  if (lang) root.lang = lang;
  const dir = params.get('dir');
  if (dir === 'rtl' || dir === 'ltr') root.dir = dir;

  if (!(tag in widgetLoaders)) {
    console.warn(`[ms-widgets embed] "widget"="${tag}" is not a known widget. Known: ${Object.keys(widgetLoaders).join(', ')}.`);
    const note = doc.createElement('p');
    note.textContent = 'This widget could not be shown.';
    container.replaceChildren(note);
    return null;
  }
  const el = doc.createElement(tag);
  const ctor = customElements.get(tag) as unknown as {observedAttributes?: string[]} | undefined;
  const known = new Set(ctor?.observedAttributes ?? []);
  for (const [name, value] of params) {
    if (PAGE_PARAMS.has(name) && !(name === 'country' && known.has(name))) continue;
    if (name === 'country') {
      if (country) el.setAttribute(name, country);
    } else if (known.has(name)) el.setAttribute(name, value);
    else console.warn(`[ms-widgets embed] <${tag}> has no attribute "${name}"; it was ignored.`);
  }
  for (const [param, property] of [
    ['accent', '--ms-accent'],
    ['on-accent', '--ms-on-accent'],
  ] as const) {
    const colour = params.get(param);
    if (colour && CSS.supports('color', colour)) el.style.setProperty(property, colour);
    else if (colour) console.warn(`[ms-widgets embed] "${param}"="${colour}" is not a colour; it was ignored.`);
  }
  root.classList.toggle('dark', el.getAttribute('theme') === 'dark');
  root.classList.toggle('auto', el.getAttribute('theme') === 'auto');
  container.replaceChildren(el);
  return el;
}

/** Posts the page height to the host whenever it changes. */
export function reportHeight(params: URLSearchParams, target: Window = window.parent): ResizeObserver | null {
  if (target === window) return null;
  const origin = parentOrigin(params);
  const frame = params.get('frame') ?? '';
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = {type: EMBED_MESSAGE_TYPE, frame, height};
    target.postMessage(message, origin);
  });
  observer.observe(document.documentElement);
  return observer;
}
