/**
 * The built files load each widget's translated strings on demand (issue 18:
 * the CDN builds find the language files from one shared function, next to
 * where the library itself was loaded from). A language file that cannot be
 * loaded leaves the widget in English, with one warning, and nothing breaks.
 */
import {expect} from '@open-wc/testing';

type FrameWindow = Window & typeof globalThis & {__warnings: string[]; __errors: string[]};

const CAPTURE = `<script>window.__warnings=[];window.__errors=[];const w=console.warn;console.warn=(...a)=>{window.__warnings.push(a.map(String).join(' '));w(...a)};addEventListener('error',(e)=>window.__errors.push(String(e.message)));</script>`;

async function openFrame(head: string, body: string): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

async function until(check: () => unknown, what: string, ms = 10000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const headingOf = (el: Element | null) => el?.shadowRoot?.querySelector('.heading')?.textContent?.trim() ?? '';
const baseLang = (el: Element | null) => el?.shadowRoot?.querySelector('.base')?.getAttribute('lang') ?? '';
const fetched = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

/** An English and a French <ms-key-points>, and a German <ms-support-link>, side by side. */
const BODY =
  '<div lang="en"><ms-key-points id="en"></ms-key-points></div>' +
  '<div lang="fr"><ms-key-points id="fr"></ms-key-points></div>' +
  '<div lang="de"><ms-support-link id="de" href="https://example.org/"></ms-support-link></div>';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

for (const file of ['ms-widgets.js', 'loader.js']) {
  describe(`dist/cdn/${file}: translations`, () => {
    it('renders each widget in its own language, from the language files next to the library', async () => {
      const win = await openFrame(`${CAPTURE}<script type="module" src="${location.origin}/dist/cdn/${file}"></script>`, BODY);
      const doc = win.document;
      await until(() => baseLang(doc.getElementById('fr')) === 'fr' && baseLang(doc.getElementById('de')) === 'de', 'French and German');
      const english = headingOf(doc.getElementById('en'));
      const french = headingOf(doc.getElementById('fr'));
      expect(english).to.not.equal('');
      expect(french, 'the French title is not the English one').to.not.equal(english);
      expect(baseLang(doc.getElementById('en'))).to.equal('en');
      const files = fetched(win);
      expect(files.filter((p) => /^\/dist\/cdn\/locales\/fr\/key-points-[\w-]+\.js$/.test(p)), files.join('\n')).to.have.length(1);
      expect(files.filter((p) => /^\/dist\/cdn\/locales\/de\/support-link-[\w-]+\.js$/.test(p))).to.have.length(1);
      // Only the languages and widgets on the page.
      expect(files.filter((p) => p.includes('/locales/') && !/\/(fr\/key-points|de\/support-link)-/.test(p))).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      expect(win.__warnings).to.deep.equal([]);
    });
  });
}

describe('dist/cdn/ms-widgets.js: a language file that cannot load', () => {
  it('shows English with one warning, and keeps working', async () => {
    // The policy allows only the bundle itself, so its language files are refused (as when offline).
    const bundle = `${location.origin}/dist/cdn/ms-widgets.js`;
    const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline' ${bundle}">`;
    const win = await openFrame(`${csp}${CAPTURE}<script type="module" src="${bundle}"></script>`, BODY);
    const doc = win.document;
    await until(() => win.__warnings.some((w) => w.includes('"fr" translations')), 'the warning about French');
    await until(() => baseLang(doc.getElementById('fr')) === 'fr', 'the French widget to settle');
    expect(headingOf(doc.getElementById('fr'))).to.equal(headingOf(doc.getElementById('en')));
    expect(headingOf(doc.getElementById('en'))).to.not.equal('');
    expect(win.__warnings.filter((w) => w.includes('"fr" translations'))).to.have.length(1);
    expect(win.__errors).to.deep.equal([]);
  });
});
