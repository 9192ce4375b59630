/**
 * The embed-code builder: an editor picks a widget, its attributes (from
 * custom-elements.json), language, theme and brand colour, sees a live
 * preview, and copies a snippet with SRI hashes.
 */
import '../src/define-all.js';
import manifest from '../custom-elements.json';
import {supportedLocales} from '../src/core/localize.js';
import {VERSION} from '../src/core/version.js';
import {bundleSnippet, iframeSnippet, loaderSnippet, type SnippetOptions} from './snippets.js';

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: {text?: string};
  default?: string;
}
interface ManifestElement {
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}

const PAGE_LEVEL = new Set(['lang', 'dir', 'theme']);
const elements: ManifestElement[] = (manifest as {modules: {declarations?: ManifestElement[]}[]}).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName!.localeCompare(b.tagName!));

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const widgetSelect = $<HTMLSelectElement>('widget');
const attributesBox = $<HTMLFieldSetElement>('attributes');
const cdnBase = $<HTMLInputElement>('cdn-base');
let integrity: Record<string, string> = {};

cdnBase.value = `https://cdn.jsdelivr.net/npm/ms-numbness-widgets@${VERSION}/dist/cdn/`;
for (const el of elements) widgetSelect.add(new Option(el.tagName!, el.tagName!));
for (const locale of supportedLocales()) $<HTMLSelectElement>('lang').add(new Option(locale, locale));

/** Literal options of a union type such as `'calm' | 'box'`, or null. */
function choices(type?: string): string[] | null {
  if (!type) return null;
  const parts = type.split('|').map((p) => p.trim());
  return parts.every((p) => /^(['"]).*\1$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

function renderAttributeFields(): void {
  const el = elements.find((e) => e.tagName === widgetSelect.value);
  $('widget-summary').textContent = el?.summary ?? '';
  const legend = attributesBox.querySelector('legend')!;
  attributesBox.replaceChildren(legend);
  for (const attr of el?.attributes ?? []) {
    if (PAGE_LEVEL.has(attr.name)) continue;
    const id = `attr-${attr.name}`;
    const type = attr.type?.text ?? '';
    const options = choices(type);
    let input: HTMLInputElement | HTMLSelectElement;
    if (type === 'boolean') {
      input = Object.assign(document.createElement('input'), {type: 'checkbox'});
    } else if (options) {
      input = document.createElement('select');
      input.add(new Option('(default)', ''));
      for (const o of options) input.add(new Option(o, o));
    } else {
      input = Object.assign(document.createElement('input'), {type: 'text'});
    }
    input.id = id;
    input.dataset.attribute = attr.name;
    const label = Object.assign(document.createElement('label'), {htmlFor: id, textContent: attr.name});
    const hint = Object.assign(document.createElement('p'), {className: 'hint', textContent: attr.description ?? ''});
    hint.id = `${id}-hint`;
    input.setAttribute('aria-describedby', hint.id);
    attributesBox.append(label, input, hint);
  }
}

function options(): SnippetOptions {
  const attributes: Record<string, string> = {};
  for (const input of attributesBox.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
    const name = input.dataset.attribute!;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (input.checked) attributes[name] = '';
    } else if (input.value.trim()) {
      attributes[name] = input.value.trim();
    }
  }
  const theme = $<HTMLSelectElement>('theme').value;
  if (theme !== 'light') attributes.theme = theme;
  let base = cdnBase.value.trim();
  if (base && !base.endsWith('/')) base += '/';
  return {
    tag: widgetSelect.value,
    attributes,
    lang: $<HTMLSelectElement>('lang').value,
    accent: $<HTMLInputElement>('use-accent').checked ? $<HTMLInputElement>('accent').value : '',
    cdnBase: base,
    integrity,
  };
}

function update(): void {
  const o = options();
  const preview = $('preview');
  const el = document.createElement(o.tag);
  for (const [name, value] of Object.entries(o.attributes)) el.setAttribute(name, value);
  if (o.lang) el.lang = o.lang;
  if (o.accent) el.style.setProperty('--ms-accent', o.accent);
  preview.classList.toggle('dark', o.attributes.theme === 'dark');
  preview.replaceChildren(el);
  $<HTMLTextAreaElement>('bundle-snippet').value = bundleSnippet(o);
  $<HTMLTextAreaElement>('loader-snippet').value = loaderSnippet(o);
  $<HTMLTextAreaElement>('iframe-snippet').value = iframeSnippet(o);
}

/**
 * The hashes of this version's files, read from the copy of the CDN folder
 * that the demo site carries (the files on a public npm CDN are the same
 * bytes). Nothing is fetched from anywhere else.
 */
async function loadIntegrity(): Promise<void> {
  const status = $('integrity-status');
  try {
    const response = await fetch(new URL('cdn/integrity.json', location.href));
    if (!response.ok) throw new Error(String(response.status));
    integrity = await response.json();
    status.textContent = `Snippets include integrity hashes (SRI) for version ${VERSION}. If you change the version in the folder address, the hashes no longer fit.`;
  } catch {
    integrity = {};
    status.textContent = 'This copy of the builder has no integrity.json (run "npm run build"), so the snippets have no integrity hashes.';
  }
  update();
}

widgetSelect.addEventListener('change', () => {
  renderAttributeFields();
  update();
});
$('builder-form').addEventListener('input', update);
$('builder-form').addEventListener('submit', (e) => e.preventDefault());
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.addEventListener('click', async () => {
    const text = $<HTMLTextAreaElement>(button.dataset.copy!).value;
    try {
      await navigator.clipboard.writeText(text);
      $('copy-status').textContent = 'Copied. Paste it into your page.';
    } catch {
      $<HTMLTextAreaElement>(button.dataset.copy!).select();
      $('copy-status').textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected snippet.';
    }
  });
}

const wanted = new URLSearchParams(location.search).get('widget');
if (wanted && elements.some((e) => e.tagName === wanted)) widgetSelect.value = wanted;
renderAttributeFields();
update();
void loadIntegrity();
