/**
 * Reserved space (issue 18): dist/cdn/ms-widgets.css and the loader's copy of
 * the same rules give every not-yet-defined widget the block size it will
 * have, so the page does not move when the widget's code arrives; the loader
 * adopts them as a constructed stylesheet, which a strict CSP allows.
 */
import {engine} from '../commands.js';
import {expect} from '@open-wc/testing';
import {widgetLoaders} from '../../src/generated/widget-loaders.js';

type FrameWindow = Window & typeof globalThis & Record<string, unknown>;
const tags = Object.keys(widgetLoaders);

async function openFrame(src: string, width: number, srcdoc?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  if (srcdoc) frame.srcdoc = srcdoc;
  else frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function until(check: () => unknown, what: string, ms = 10000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const rendered = (el: Element | null | undefined) => !!el?.shadowRoot && el.shadowRoot.childElementCount > 0;
const rulesOf = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((r) => r.cssText);

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('reserve-space rules through the loader, under a strict CSP', () => {
  it('adopts the same rules as ms-widgets.css, with no CSP violation, and drops them once defined', async () => {
    const frame = await openFrame('/test/fixtures/csp/loader.html', 800);
    const win = frame.contentWindow as FrameWindow;
    const doc = win.document;
    await until(() => rendered(doc.querySelector('ms-key-points')) && rendered(doc.querySelector('ms-support-link')), 'the widgets to render');
    const adopted = doc.adoptedStyleSheets.filter((s) => rulesOf(s).some((r) => r.includes(':not(:defined)')));
    expect(adopted, 'one adopted reserve-space sheet').to.have.length(1);
    const file = new CSSStyleSheet();
    file.replaceSync(await (await fetch('/dist/cdn/ms-widgets.css')).text());
    expect(rulesOf(adopted[0]!)).to.deep.equal(rulesOf(file));
    // Every widget has a rule of its own.
    for (const tag of tags) expect(rulesOf(file).some((r) => r.startsWith(`${tag}:not(:defined)`)), tag).to.equal(true);
    // No inline <style> was added (style-src would block it).
    expect(doc.querySelectorAll('style')).to.have.length(0);
    // Once defined, nothing is reserved any more: the widget's own size rules.
    expect(win.getComputedStyle(doc.querySelector('ms-key-points')!, '::before').content).to.equal('none');
    // A hidden widget stays hidden.
    expect(win.getComputedStyle(doc.querySelector('ms-quotes')!).display).to.equal('none');
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__violations, 'CSP violations').to.deep.equal([]);
    expect(win.__errors, 'errors').to.deep.equal([]);
  });
});

describe('dist/cdn/ms-widgets.css reserves the real size', () => {
  // Each widget next to an undefined stand-in (same rules under another name),
  // at a desktop width and at 320 px, in the browser's default 16 px text.
  for (const width of [1280, 320]) {
    it(`reserves each widget's rendered block size (within 4 px where it was measured, Chromium) at ${width} px`, async function () {
      this.timeout(30000);
      const css = (await (await fetch('/dist/cdn/ms-widgets.css')).text()).replaceAll('ms-', 'zz-');
      const body = tags
        .map((tag) => {
          const attrs = tag === 'ms-support-link' ? ' href="https://example.org/"' : '';
          return `<div><${tag}${attrs}></${tag}></div><div><${tag.replace('ms-', 'zz-')}></${tag.replace('ms-', 'zz-')}></div>`;
        })
        .join('');
      const frame = await openFrame('', width, `<!doctype html><html lang="en"><head><style>${css}</style>
        <script type="module" src="${location.origin}/dist/cdn/ms-widgets.js"></script></head><body>${body}</body></html>`);
      const win = frame.contentWindow as FrameWindow;
      const doc = win.document;
      await until(() => tags.every((tag) => rendered(doc.querySelector(tag))), 'every widget to render');
      await Promise.all(tags.map((tag) => (doc.querySelector(tag) as unknown as {updateComplete: Promise<unknown>}).updateComplete));
      await new Promise((r) => setTimeout(r, 300));
      // The sizes are measured in Chromium when the file is built. Firefox and
      // WebKit lay the same text out with their own font metrics, so there a
      // reserved size may be a few lines off: within 12 % of the height.
      const measuredHere = (await engine()) === 'chromium';
      const off: string[] = [];
      for (const tag of tags) {
        const real = doc.querySelector(tag)!.getBoundingClientRect().height;
        const stand = doc.querySelector(tag.replace('ms-', 'zz-'))!.getBoundingClientRect().height;
        expect(stand, `${tag} reserves something`).to.be.greaterThan(40);
        const allowed = measuredHere ? 4 : Math.max(4, real * 0.12);
        if (Math.abs(real - stand) > allowed) off.push(`${tag}: rendered ${real.toFixed(1)} px, reserved ${stand.toFixed(1)} px`);
      }
      expect(off).to.deep.equal([]);
    });
  }
});
