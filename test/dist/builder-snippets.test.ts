/**
 * Every form of code the builder writes, made from the builder's own state
 * (as an editor leaves it) and pasted into a blank page against the built
 * files in dist/ (npm test builds first). The WordPress forms need the
 * plugin, so their text is checked against the plugin's contract instead.
 */
import {expect} from '@open-wc/testing';
import {derive, initialState, type BuilderState} from '../../demo/builder/state.js';
import {widgetElements, type Manifest} from '../../demo/builder/fields.js';
import {camelCase, SNIPPET_FORMS, wordpressBlockSnippet, wordpressShortcodeSnippet, type SnippetOptions} from '../../demo/snippets.js';

let manifest: Manifest;
let integrity: Record<string, string>;

before(async () => {
  manifest = await (await fetch('/custom-elements.json')).json();
  integrity = await (await fetch('/dist/cdn/integrity.json')).json();
});
afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

async function until(check: () => unknown, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The snippet options the builder makes for a widget after the editor's changes. */
function optionsFor(tag: string, patch: Partial<BuilderState> = {}, values: Record<string, string | boolean> = {}): SnippetOptions {
  const el = widgetElements(manifest).get(tag)!;
  const start = initialState(tag, el, `${location.origin}/dist/cdn/`);
  const state = {...start, ...patch, values: {...start.values, ...values}};
  const derived = derive(state, el, integrity, 'Test widget');
  expect(derived.problems, 'no problems with these settings').to.deep.equal({});
  return derived.snippet!;
}

async function pasteIntoBlankPage(snippet: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"></head><body>${snippet}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const shadowText = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const form = (id: string) => SNIPPET_FORMS.find((f) => f.id === id)!;

describe('builder snippets in a blank page', () => {
  for (const id of ['bundle', 'loader']) {
    it(`${form(id).label}: a themed, translated widget with the brand colour renders, with SRI`, async () => {
      const o = optionsFor('ms-breathing-pacer', {lang: 'fr', theme: 'dark', useAccent: true, accent: '#6b2c91', onAccent: '#ffffff'}, {preset: 'box'});
      const snippet = form(id).make(o);
      expect(snippet).to.match(/integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
      const frame = await pasteIntoBlankPage(snippet);
      const el = () => frame.contentDocument!.querySelector('ms-breathing-pacer');
      await until(() => shadowText(el()).includes('Commencer'), 'the French widget');
      expect(el()!.getAttribute('theme')).to.equal('dark');
      const style = getComputedStyle(el()!);
      expect(style.getPropertyValue('--ms-accent').trim()).to.equal('#6b2c91');
      expect(style.getPropertyValue('--ms-on-accent').trim()).to.equal('#ffffff');
      const start = el()!.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(start).color).to.equal('rgb(255, 255, 255)');
      // The reserve-space stylesheet comes along (with its hash) exactly when this version ships one.
      const link = frame.contentDocument!.querySelector<HTMLLinkElement>('link[rel=stylesheet]');
      if (integrity['ms-widgets.css']) {
        expect(link!.integrity).to.equal(integrity['ms-widgets.css']);
        await until(() => link!.sheet, 'the stylesheet');
      } else {
        expect(link).to.equal(null);
      }
    });
  }

  it('iframe: the crisis help gets the country from the URL and shows real numbers', async function () {
    this.timeout(15000);
    const o = optionsFor('ms-crisis-help');
    expect(o.attributes.country).to.equal('GB');
    const frame = await pasteIntoBlankPage(form('iframe').make(o));
    const inner = () => frame.contentDocument!.querySelector('iframe');
    const el = () => inner()?.contentDocument?.querySelector('ms-crisis-help');
    await until(() => shadowText(el()).includes('999'), 'the United Kingdom emergency number');
    // The crisis lines load right after the first paint (issue 18).
    await until(() => shadowText(el()).includes('116 123'), 'the Samaritans line');
    expect(inner()!.contentDocument!.documentElement.lang).to.equal('en-GB');
    await until(() => parseFloat(inner()!.style.height) > 100, 'the iframe to be resized');
  });

  it('iframe: language, theme and both colours reach the widget', async function () {
    this.timeout(15000);
    const o = optionsFor('ms-key-points', {lang: 'de', theme: 'dark', useAccent: true, accent: '#ffd700', onAccent: '#111111'});
    const frame = await pasteIntoBlankPage(form('iframe').make(o));
    const doc = () => frame.contentDocument!.querySelector('iframe')?.contentDocument;
    const el = () => doc()?.querySelector('ms-key-points');
    await until(() => el()?.shadowRoot?.querySelector('li') && doc()!.documentElement.lang === 'de', 'the German widget');
    await until(() => el()!.getAttribute('lang') === null && !shadowText(el()).includes('Key points'), 'German text');
    expect(el()!.getAttribute('theme')).to.equal('dark');
    expect(el()!.style.getPropertyValue('--ms-accent')).to.equal('#ffd700');
    expect(el()!.style.getPropertyValue('--ms-on-accent')).to.equal('#111111');
  });
});

describe('builder snippets for the WordPress plugin', () => {
  it('writes the block comment with camelCase keys from the manifest and typed values', () => {
    const o = optionsFor('ms-breathing-pacer', {lang: 'nl'}, {preset: '4-7-8', 'hold-in': '7', 'keep-awake': true, heading: 'Adem'});
    const block = wordpressBlockSnippet(o);
    const match = /^<!-- wp:ms-numbness-widgets\/breathing-pacer (\{.*\}) \/-->$/.exec(block);
    expect(match, block).to.not.equal(null);
    expect(JSON.parse(match![1]!)).to.deep.equal({preset: '4-7-8', holdIn: 7, keepAwake: true, heading: 'Adem', lang: 'nl'});
    const attributeNames = new Set(widgetElements(manifest).get('ms-breathing-pacer')!.attributes!.map((a) => camelCase(a.name)));
    for (const key of Object.keys(JSON.parse(match![1]!))) expect(attributeNames.has(key), key).to.equal(true);
    expect(wordpressBlockSnippet(optionsFor('ms-key-points'))).to.equal('<!-- wp:ms-numbness-widgets/key-points /-->');
  });

  it('writes the shortcode with the HTML attribute names', () => {
    const o = optionsFor('ms-warning-signs', {theme: 'auto'}, {persist: true, 'heading-level': '3'});
    expect(wordpressShortcodeSnippet(o)).to.equal('[ms_widget name="warning-signs" persist="true" country="GB" heading-level="3" theme="auto"]');
  });

  it('no value can end the comment or the shortcode early', () => {
    const o = optionsFor('ms-support-link', {}, {href: 'https://example.org/?a=1&b=2', label: 'Go --> "now" [x] <b>'});
    const block = wordpressBlockSnippet(o);
    expect(block.indexOf('-->')).to.equal(block.length - 3);
    const json = JSON.parse(/ (\{.*\}) \/-->$/.exec(block)![1]!);
    expect(json.label).to.equal('Go --> "now" [x] <b>');
    expect(json.href).to.equal('https://example.org/?a=1&b=2');
    const shortcode = wordpressShortcodeSnippet(o);
    expect(shortcode.indexOf(']')).to.equal(shortcode.length - 1);
    expect(shortcode).to.contain('label="Go --&gt; &quot;now&quot; &#91;x&#93; &lt;b&gt;"');
  });

  it('labels the WordPress forms as needing the plugin', () => {
    expect(form('wp-block').label).to.equal('WordPress block (needs the MS Numbness Widgets plugin)');
    expect(form('wp-shortcode').label).to.equal('WordPress shortcode (needs the MS Numbness Widgets plugin)');
  });
});

describe('reserve-space stylesheet in the script snippets', () => {
  it('is linked, with its hash, only when integrity.json lists ms-widgets.css', () => {
    const o = optionsFor('ms-key-points');
    const without = {...o, integrity: {'ms-widgets.js': 'sha384-js', 'loader.js': 'sha384-loader'}};
    const withCss = {...without, integrity: {...without.integrity, 'ms-widgets.css': 'sha384-css'}};
    for (const id of ['bundle', 'loader']) {
      expect(form(id).make(without)).not.to.contain('<link');
      expect(form(id).make(withCss)).to.match(
        /^<link rel="stylesheet" href="[^"]+\/dist\/cdn\/ms-widgets\.css" integrity="sha384-css" crossorigin="anonymous">\n<script/
      );
    }
    expect(form('iframe').make(withCss)).not.to.contain('<link');
  });
});
