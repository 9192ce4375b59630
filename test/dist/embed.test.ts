/**
 * Embedding anywhere: the iframe embed page, its resize script, SRI hashes,
 * the embed-code builder's snippets, and every widget under a strict CSP.
 * All of it against the built files in dist/ (npm test builds first).
 */
import {expect} from '@open-wc/testing';
import {bundleSnippet, iframeSnippet, loaderSnippet, type SnippetOptions} from '../../demo/snippets.js';
import {isHeightMessage, EMBED_MESSAGE_TYPE} from '../../src/embed/messages.js';
import {widgetLoaders} from '../../src/generated/widget-loaders.js';

type FrameWindow = Window & typeof globalThis & Record<string, unknown>;

async function openFrame(src: string, init?: (frame: HTMLIFrameElement) => void): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  init?.(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  if (!frame.srcdoc) frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function until(check: () => unknown, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const rendered = (el: Element | null | undefined) => !!el?.shadowRoot && el.shadowRoot.childElementCount > 0;

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('SRI: dist/cdn/integrity.json', () => {
  it('holds the right sha384 for every CDN file', async () => {
    const hashes: Record<string, string> = await (await fetch('/dist/cdn/integrity.json')).json();
    expect(Object.keys(hashes)).to.include.members(['ms-widgets.js', 'loader.js', 'embed-resize.js']);
    for (const [file, hash] of Object.entries(hashes)) {
      expect(await sha384(`/dist/cdn/${file}`), file).to.equal(hash);
    }
  });
});

describe('iframe embed page', () => {
  for (const tag of Object.keys(widgetLoaders)) {
    it(`renders ${tag} from the query string`, async () => {
      const frame = await openFrame(`/dist/embed/index.html?widget=${tag}&theme=dark&lang=en&not-an-attribute=1`);
      const win = frame.contentWindow as FrameWindow;
      await until(() => rendered(win.document.querySelector(tag)), `${tag} to render`);
      const el = win.document.querySelector(tag)!;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(el.hasAttribute('not-an-attribute'), 'unknown parameters are ignored').to.equal(false);
      expect(win.document.documentElement.lang).to.equal('en');
    });
  }

  it('takes the country from the URL: the page language gets its region, and crisis help its numbers', async () => {
    const frame = await openFrame('/dist/embed/index.html?widget=ms-warning-signs&lang=en&country=gb');
    const win = frame.contentWindow as FrameWindow;
    const el = () => win.document.querySelector('ms-warning-signs');
    await until(() => rendered(el()), 'the widget');
    expect(win.document.documentElement.lang).to.equal('en-GB');
    expect(el()!.getAttribute('country')).to.equal('GB');
    const plain = await openFrame('/dist/embed/index.html?widget=ms-key-points&lang=fr&country=CA');
    expect(plain.contentDocument!.documentElement.lang).to.equal('fr-CA');
    const noCountry = await openFrame('/dist/embed/index.html?widget=ms-crisis-help&lang=en');
    const help = () => noCountry.contentDocument!.querySelector('ms-crisis-help');
    await until(() => rendered(help()), 'the crisis help');
    expect(help()!.shadowRoot!.textContent).not.to.contain('999');
    const withCountry = await openFrame('/dist/embed/index.html?widget=ms-crisis-help&lang=en&country=GB');
    const help2 = () => withCountry.contentDocument!.querySelector('ms-crisis-help');
    await until(() => help2()?.shadowRoot?.textContent?.includes('999'), 'the UK emergency number');
  });

  it('shows a plain note for an unknown widget', async () => {
    const frame = await openFrame('/dist/embed/index.html?widget=ms-nope');
    const doc = frame.contentDocument!;
    await until(() => doc.body.textContent!.includes('could not be shown'), 'the note');
  });
});

describe('embed-resize.js', () => {
  it('keeps the iframe as tall as the widget', async () => {
    const host = await openFrame('/test/fixtures/embed-host.html');
    const hostDoc = host.contentDocument!;
    const embed = hostDoc.getElementById('embed') as HTMLIFrameElement;
    await until(() => parseFloat(embed.style.height) > 300, 'the iframe to grow');
    const inner = embed.contentDocument!.documentElement.getBoundingClientRect().height;
    expect(Math.abs(parseFloat(embed.style.height) - inner)).to.be.below(2);
  });

  it('ignores messages from another origin or of the wrong shape', async () => {
    const host = await openFrame('/test/fixtures/embed-host.html');
    const hostWin = host.contentWindow as FrameWindow;
    const embed = host.contentDocument!.getElementById('embed') as HTMLIFrameElement;
    await until(() => parseFloat(embed.style.height) > 300, 'the iframe to grow');
    const before = embed.style.height;
    const send = (data: unknown, origin: string) =>
      hostWin.dispatchEvent(new MessageEvent('message', {data, origin, source: embed.contentWindow}));
    send({type: EMBED_MESSAGE_TYPE, frame: 'one', height: 5}, 'https://evil.example');
    send({type: EMBED_MESSAGE_TYPE, frame: 'one', height: 'huge'}, location.origin);
    send({type: 'other', height: 5}, location.origin);
    send('ms-widgets:height 5', location.origin);
    hostWin.dispatchEvent(new MessageEvent('message', {data: {type: EMBED_MESSAGE_TYPE, frame: 'one', height: 7}, origin: location.origin, source: window}));
    expect(embed.style.height).to.equal(before);
    // The right message from the right window and origin is used.
    send({type: EMBED_MESSAGE_TYPE, frame: 'one', height: 321}, location.origin);
    expect(embed.style.height).to.equal('321px');
  });

  it('checks message shape strictly', () => {
    expect(isHeightMessage({type: EMBED_MESSAGE_TYPE, frame: '', height: 10})).to.equal(true);
    for (const bad of [null, 'x', {type: EMBED_MESSAGE_TYPE, frame: '', height: -1}, {type: EMBED_MESSAGE_TYPE, frame: '', height: Infinity}, {type: EMBED_MESSAGE_TYPE, height: 10}]) {
      expect(isHeightMessage(bad), JSON.stringify(bad)).to.equal(false);
    }
  });
});

describe('embed-code builder snippets', () => {
  async function snippetOptions(): Promise<SnippetOptions> {
    return {
      tag: 'ms-numbness-comparison',
      attributes: {'heading-level': '3', theme: 'dark'},
      lang: 'en',
      accent: '#6b2c91',
      cdnBase: `${location.origin}/dist/cdn/`,
      integrity: await (await fetch('/dist/cdn/integrity.json')).json(),
    };
  }

  for (const [name, make] of [
    ['script tag', bundleSnippet],
    ['loader', loaderSnippet],
  ] as const) {
    it(`${name} snippet works when pasted into a blank page, with SRI`, async () => {
      const o = await snippetOptions();
      const snippet = make(o);
      expect(snippet).to.match(/integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/);
      const frame = await openFrame('', (f) => (f.srcdoc = `<!doctype html><html><body>${snippet}</body></html>`));
      const el = () => frame.contentDocument!.querySelector('ms-numbness-comparison');
      await until(() => rendered(el()), 'the pasted widget to render');
      expect(el()!.shadowRoot!.querySelector('h3')).to.exist;
      expect(getComputedStyle(el()!).getPropertyValue('--ms-accent').trim()).to.equal('#6b2c91');
    });
  }

  it('a wrong integrity hash stops the script (SRI is enforced)', async () => {
    const o = await snippetOptions();
    o.integrity = {'ms-widgets.js': 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'};
    // A URL of its own, so the refused response is not reused by later tests.
    const snippet = bundleSnippet(o).replace('ms-widgets.js', 'ms-widgets.js?wrong-hash');
    const frame = await openFrame('', (f) => (f.srcdoc = `<!doctype html><html><body>${snippet}</body></html>`));
    await new Promise((r) => setTimeout(r, 400));
    expect(rendered(frame.contentDocument!.querySelector('ms-numbness-comparison'))).to.equal(false);
  });

  it('iframe snippet works when pasted into a blank page', async () => {
    const o = await snippetOptions();
    const snippet = iframeSnippet(o);
    expect(snippet).to.contain('data-ms-embed').and.contain('/dist/embed/index.html?widget=ms-numbness-comparison');
    const frame = await openFrame('', (f) => (f.srcdoc = `<!doctype html><html><body>${snippet}</body></html>`));
    const inner = () => frame.contentDocument!.querySelector('iframe');
    await until(() => inner()?.contentDocument?.querySelector('ms-numbness-comparison')?.shadowRoot, 'the embedded widget');
    await until(() => parseFloat(inner()!.style.height) > 300, 'the iframe to be resized');
  });

  it('escapes attribute values in snippets', async () => {
    const o = await snippetOptions();
    o.attributes = {heading: '"><script>window.__pwned=1</script>'};
    expect(bundleSnippet(o)).to.contain('heading="&quot;&gt;&lt;script&gt;');
  });
});

describe('strict Content-Security-Policy', () => {
  it('every widget renders with no CSP violation', async function () {
    this.timeout(30000);
    const frame = await openFrame('/test/fixtures/csp/all-widgets.html');
    const win = frame.contentWindow as FrameWindow;
    await until(() => win.__ready, 'all widgets to render', 15000);
    const tags = win.__tags as string[];
    expect(win.__errors, 'errors on the page').to.deep.equal([]);
    expect(win.__undefined, 'widgets that never registered').to.deep.equal([]);
    expect(tags.length).to.equal(Object.keys(widgetLoaders).length);
    for (const tag of tags) {
      const el = win.document.querySelector(tag)!;
      expect(el.shadowRoot, tag).to.exist;
      // Styles applied: the base wrapper is a block box.
      const base = el.shadowRoot!.querySelector('.base');
      if (base) expect(win.getComputedStyle(base).display, tag).to.equal('block');
    }
    // Click every button once, so interactive code paths also run under the policy.
    for (const tag of tags) {
      for (const button of win.document.querySelector(tag)!.shadowRoot!.querySelectorAll('button')) {
        if (/print/i.test(button.textContent ?? '')) continue;
        button.click();
      }
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(win.__violations).to.deep.equal([]);
  });

  it('the policy is really in force (an inline style is reported)', async () => {
    const frame = await openFrame('/test/fixtures/csp/all-widgets.html');
    const win = frame.contentWindow as FrameWindow;
    await until(() => win.__ready, 'the page');
    const div = win.document.createElement('div');
    div.setAttribute('style', 'color: red');
    win.document.body.append(div);
    await until(() => (win.__violations as string[]).length > 0, 'a violation report');
  });
});

describe('embed-code builder page (dist/demo/builder.html)', () => {
  it('lists every widget by name, shows a live preview and writes snippets with SRI hashes', async function () {
    this.timeout(20000);
    const frame = await openFrame('/dist/demo/builder.html');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as FrameWindow;
    const radios = () => [...doc.querySelectorAll<HTMLInputElement>('input[name=widget]')];
    await until(() => radios().length > 0, 'the widget list');
    expect(radios().map((r) => r.value).sort()).to.deep.equal(Object.keys(widgetLoaders).sort());
    expect(doc.querySelector('label[for=widget-ms-breathing-pacer]')!.textContent).to.equal('Breathing pacer');
    doc.getElementById('widget-ms-breathing-pacer')!.click();
    const preset = doc.getElementById('attr-preset') as HTMLSelectElement;
    preset.value = 'box';
    preset.dispatchEvent(new win.Event('change', {bubbles: true}));
    await until(() => rendered(doc.querySelector('#preview ms-breathing-pacer')), 'the preview');
    expect(doc.querySelector('#preview ms-breathing-pacer')!.getAttribute('preset')).to.equal('box');
    const code = () => (doc.getElementById('snippet-code') as HTMLTextAreaElement).value;
    await until(() => code().includes('integrity="sha384-'), 'snippets with integrity hashes');
    expect(code()).to.contain('<ms-breathing-pacer preset="box"></ms-breathing-pacer>');
    doc.getElementById('form-iframe')!.click();
    await until(() => code().includes('<iframe'), 'the iframe snippet');
    expect(code()).to.contain('widget=ms-breathing-pacer&amp;preset=box');
  });
});
