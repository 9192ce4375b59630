/**
 * The CDN builds carry a trimmed Lit (scripts/trim-lit.mjs: no polyfill or
 * hydration hooks, version registries, decorator metadata, `useDefault` or
 * JSON converters). This checks, on what ships, that properties and
 * attributes still work both ways (strings, numbers, booleans, reflection,
 * a value set before the element upgrades) and that the library leaves the
 * host page's globals alone.
 */
import {expect} from '@open-wc/testing';

type TestWindow = Window & typeof globalThis & {__errors: string[]} & Record<string, unknown>;
type References = HTMLElement & {newTab: boolean; theme: string; updateComplete: Promise<boolean>};

async function openPage(path: string): Promise<TestWindow> {
  const frame = document.createElement('iframe');
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

describe('dist/cdn/ms-widgets.js: Lit as the CDN builds carry it', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('follows attributes and properties both ways, also a property set before the upgrade', async () => {
    const win = await openPage('/test/fixtures/cdn-page.html');
    await until(() => !!win.customElements.get('ms-references'), 'the widgets to be defined');
    const el = win.document.createElement('ms-references') as References;
    el.setAttribute('heading-level', '3');
    win.document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('h3'), 'a number attribute').to.exist;
    expect(root.querySelector('a[target]'), 'new-tab is off').to.equal(null);

    el.toggleAttribute('new-tab', true);
    await el.updateComplete;
    expect(el.newTab, 'a boolean attribute sets the property').to.equal(true);
    expect(root.querySelector('a')!.getAttribute('target')).to.equal('_blank');

    el.newTab = false;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.hasAttribute('new-tab'), 'a boolean property reflects').to.equal(false);
    expect(el.getAttribute('theme'), 'a string property reflects').to.equal('dark');
    expect(root.querySelector('a[target]')).to.equal(null);

    // Set before the element is upgraded (made in a template, where nothing upgrades): the value is kept.
    const template = win.document.createElement('template');
    template.innerHTML = '<ms-references></ms-references>';
    const later = template.content.firstElementChild as References;
    later.newTab = true;
    expect(later.updateComplete, 'not upgraded yet').to.equal(undefined);
    win.document.body.append(later);
    await later.updateComplete;
    expect(later.getAttribute('new-tab'), 'an early property reflects once upgraded').to.equal('');
    expect(later.shadowRoot!.querySelector('a')!.getAttribute('target')).to.equal('_blank');
    expect(win.__errors).to.deep.equal([]);
  });

  it("leaves the host page's globals as they were", async () => {
    const win = await openPage('/test/fixtures/cdn-page.html');
    await until(() => !!win.customElements.get('ms-numbness-comparison'), 'the widgets to be defined');
    for (const name of ['litPropertyMetadata', 'litHtmlVersions', 'litElementVersions', 'reactiveElementVersions']) {
      expect(name in win, name).to.equal(false);
    }
  });
});
