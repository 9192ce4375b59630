/**
 * Tests what ships: the built dist/cdn files loaded by plain HTML pages, the
 * way a CMS editor embeds them. (`npm test` builds before it runs these.)
 */
import {expect} from '@open-wc/testing';

type TestWindow = Window & typeof globalThis & {__errors: string[]; __warnings?: string[]};

async function openPage(path: string): Promise<TestWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, {once: true});
    frame.src = path;
  });
  return frame.contentWindow as TestWindow;
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('dist/cdn/ms-widgets.js in a plain HTML page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders the widgets, even when the script tag is pasted twice', async () => {
    const win = await openPage('/test/fixtures/cdn-page.html');
    const el = win.document.querySelector('ms-numbness-comparison')!;
    await until(() => !!el.shadowRoot?.querySelector('table'), 'the widget to render');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(6);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Numbness or sadness');
    expect(win.__errors).to.deep.equal([]);
    // Same version twice: nothing to warn about.
    expect(win.__warnings!.filter((w) => w.includes('versions'))).to.deep.equal([]);
  });

  it('ships minified production code without Lit dev mode', async () => {
    const code = await (await fetch('/dist/cdn/ms-widgets.js')).text();
    expect(code).not.to.contain('Lit is in dev mode');
    // Minified: no comments, no long identifiers from the sources.
    expect(code).not.to.match(/^\s*\/\/ /m);
    expect(code).not.to.contain('renderResponsiveTable');
    // Self-contained: no static import of another file (languages load on demand with import()).
    expect(code).not.to.match(/\bfrom\s*["'`]|\bimport\s*["'`{*]/);
  });
});

describe('dist/cdn/loader.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads a widget when its element appears later, with the bundle and loader both present', async () => {
    const win = await openPage('/test/fixtures/loader-page.html');
    win.document.getElementById('later')!.innerHTML = '<ms-numbness-comparison></ms-numbness-comparison>';
    const el = win.document.querySelector('ms-numbness-comparison')!;
    await until(() => !!el.shadowRoot?.querySelector('table'), 'the widget to render');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(6);
    expect(win.__errors).to.deep.equal([]);
  });

  it('fetches nothing for widgets that are not on the page', async () => {
    const win = await openPage('/test/fixtures/loader-page.html');
    await new Promise((r) => setTimeout(r, 200));
    const widgetFiles = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/widgets/'));
    expect(widgetFiles).to.deep.equal([]);
  });
});
