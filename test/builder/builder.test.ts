/**
 * The embed-code builder as an editor uses it: choose a widget with the
 * keyboard, fill in settings, see the preview change, get told what to fix,
 * see the contrast warning and take its suggestion, copy the code.
 */
import {expect} from '@open-wc/testing';
import '../../src/define-all.js';
import {mountBuilder} from '../../demo/builder/app.js';
import {sendKeys} from '../commands.js';
import {loadManifest} from './manifest.js';

type Handle = ReturnType<typeof mountBuilder>;

const FAKE_INTEGRITY = {'ms-widgets.js': 'sha384-test', 'loader.js': 'sha384-test', 'embed-resize.js': 'sha384-test'};

let root: HTMLElement;
let css: HTMLLinkElement;

before(async () => {
  css = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: '/demo/builder.css'});
  const loaded = new Promise((resolve) => css.addEventListener('load', resolve, {once: true}));
  document.head.append(css);
  await loaded;
});
after(() => css.remove());
afterEach(() => root?.remove());

async function mount(tag = 'ms-breathing-pacer', integrity: Record<string, string> | null = FAKE_INTEGRITY): Promise<Handle> {
  root = document.createElement('main');
  document.body.append(root);
  const handle = mountBuilder(root, {manifest: await loadManifest(), loadIntegrity: async () => integrity, initialTag: tag});
  await handle.ready;
  return handle;
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const code = () => root.querySelector<HTMLTextAreaElement>('#snippet-code')?.value ?? '';
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settle(el?: Element | null): Promise<void> {
  await (el as {updateComplete?: Promise<unknown>} | null)?.updateComplete;
  await new Promise((r) => setTimeout(r, 30));
}

function type(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new Event('change', {bubbles: true}));
}

function pick(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
}

describe('embed-code builder', () => {
  it('is accessible with axe (labels, names, contrast) and shows the widget beside the form', async () => {
    const handle = await mount();
    await settle(handle.preview);
    expect(handle.preview!.localName).to.equal('ms-breathing-pacer');
    expect(handle.preview!.shadowRoot!.textContent).to.contain('Start');
    expect($('#attr-quiet').getAttribute('role')).to.equal('switch');
    expect(text($('label[for=attr-hold-in]'))).to.equal('Seconds to hold after breathing in');
    expect(text($('#attr-hold-in-hint'))).to.contain('From 0 to 20');
    await expect(root).to.be.accessible();
  });

  it('is chosen and set up with the keyboard; the preview follows each change', async () => {
    const handle = await mount();
    $<HTMLInputElement>('#widget-ms-breathing-pacer').focus();
    await sendKeys({press: 'ArrowDown'});
    await settle();
    expect(handle.state.tag).to.equal('ms-warning-signs');
    expect(handle.preview!.localName).to.equal('ms-warning-signs');
    expect(text($('#settings legend'))).to.contain('Warning signs checklist');
    // A switch toggles with Space.
    $<HTMLInputElement>('#attr-persist').focus();
    await sendKeys({press: 'Space'});
    await settle(handle.preview);
    expect(handle.preview!.hasAttribute('persist')).to.equal(true);
    expect(code()).to.contain('<ms-warning-signs persist country="GB">');
  });

  it('starts with the United Kingdom as country, so the crisis help shows real numbers', async () => {
    const handle = await mount('ms-crisis-help');
    await settle(handle.preview);
    expect($<HTMLSelectElement>('#attr-country').value).to.equal('GB');
    expect(handle.preview!.shadowRoot!.textContent).to.contain('999').and.contain('116 123');
    pick($('#attr-country'), 'FR');
    await settle(handle.preview);
    expect(handle.preview!.getAttribute('country')).to.equal('FR');
    expect(code()).to.contain('country="FR"');
    await expect(root).to.be.accessible();
  });

  it('requires the support link address, refuses javascript: and scheme-less links, and says what to do', async () => {
    const handle = await mount('ms-support-link');
    // No address yet: a clear message instead of an empty box, and no code to copy.
    expect(text($('#preview'))).to.contain('link address');
    expect(handle.preview).to.equal(null);
    expect(root.querySelector('#snippet-code')).to.equal(null);
    expect(text($('#snippet-problems'))).to.contain('Link address').and.contain('Add the address of your service');
    const href = $<HTMLInputElement>('#attr-href');
    expect(href.getAttribute('aria-invalid')).to.equal('true');
    expect(href.getAttribute('aria-describedby')).to.contain('attr-href-error');

    type(href, 'javascript:alert(1)');
    await settle();
    expect(text($('#attr-href-error'))).to.contain('javascript:');
    expect(root.querySelector('#snippet-code')).to.equal(null);

    type(href, 'example.org/therapy');
    await settle();
    expect(text($('#attr-href-error'))).to.contain('https://example.org/therapy');
    await expect(root).to.be.accessible();

    type(href, 'https://example.org/therapy');
    await settle(handle.preview);
    expect(root.querySelector('#attr-href-error')).to.equal(null);
    expect(handle.preview!.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/therapy');
    expect(code()).to.contain('<ms-support-link href="https://example.org/therapy">');
  });

  it('warns when the brand colour is too faint on a dark page, and its suggestion fixes it', async () => {
    const handle = await mount();
    pick($('#theme'), 'dark');
    $<HTMLInputElement>('#use-accent').click();
    await settle();
    type($('#accent-code'), '#6b2c91');
    await settle(handle.preview);
    const report = text($('#contrast-report'));
    expect(report).to.contain('On dark pages').and.contain('2.0:1').and.contain('needs 4.5:1');
    expect(getComputedStyle(handle.preview!).getPropertyValue('--ms-accent').trim()).to.equal('#6b2c91');
    // The builder itself stays accessible (the preview shows the faint button on purpose: axe agrees it is 2.07:1).
    await expect($('.builder-form')).to.be.accessible();
    await expect($('.output-column')).to.be.accessible();

    const useWhite = [...root.querySelectorAll('button')].find((b) => text(b) === 'Use #ffffff for button text')!;
    useWhite.click();
    await settle(handle.preview);
    expect($<HTMLSelectElement>('#on-accent').value).to.equal('#ffffff');
    expect(text($('#contrast-report'))).not.to.contain('button text (');
    expect(getComputedStyle(handle.preview!).getPropertyValue('--ms-on-accent').trim()).to.equal('#ffffff');
    expect(code()).to.contain('style="--ms-accent: #6b2c91; --ms-on-accent: #ffffff"').and.contain('theme="dark"');
  });

  it('translates: the language choice goes to the preview and the code', async () => {
    const handle = await mount('ms-key-points');
    const lang = $<HTMLSelectElement>('#lang');
    const de = [...lang.options].find((o) => o.value === 'de')!;
    expect(de.textContent).to.match(/^Deutsch/);
    expect(de.lang).to.equal('de');
    pick(lang, 'de');
    await settle(handle.preview);
    await new Promise((r) => setTimeout(r, 300));
    expect(handle.preview!.getAttribute('lang')).to.equal('de');
    expect(handle.preview!.shadowRoot!.textContent).not.to.equal('');
    expect(code()).to.contain('<ms-key-points lang="de">');
  });

  it('writes every form of snippet, and the copy button says it copied', async () => {
    await mount('ms-breathing-pacer');
    pick($('#attr-preset'), 'box');
    type($('#attr-hold-in'), '5');
    await settle();
    const forms: Record<string, string> = {};
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[name=snippet-form]')) {
      radio.click();
      await settle();
      forms[radio.value] = code();
    }
    expect(forms.bundle).to.contain('ms-widgets.js" integrity="sha384-test"').and.contain('<ms-breathing-pacer preset="box" hold-in="5">');
    expect(forms.loader).to.contain('loader.js');
    expect(forms.iframe).to.contain('widget=ms-breathing-pacer&amp;preset=box&amp;hold-in=5').and.contain('title="Breathing pacer"');
    expect(forms['wp-block']).to.equal('<!-- wp:ms-numbness-widgets/breathing-pacer {"preset":"box","holdIn":5} /-->');
    expect(forms['wp-shortcode']).to.equal('[ms_widget name="breathing-pacer" preset="box" hold-in="5"]');
    expect(text($('label[for=form-wp-block]'))).to.equal('WordPress block (needs the MS Numbness Widgets plugin)');

    const button = $<HTMLButtonElement>('#copy-button');
    expect(text(button)).to.equal('Copy the code');
    button.click();
    await new Promise((r) => setTimeout(r, 200));
    // Copied to the clipboard, or (where the browser refuses) selected with how to copy it: either way it says so.
    expect(text($('#copy-button'))).to.equal('✓ Copied');
    expect(text($('#copy-status'))).to.match(/Copied|Ctrl\+C/);
    // A changed snippet is no longer "copied".
    type($('#attr-hold-in'), '6');
    await settle();
    expect(text($('#copy-button'))).to.equal('Copy the code');
    expect(text($('#copy-status'))).to.equal('');
  });

  it('says when there are no integrity hashes, and writes the code without them', async () => {
    await mount('ms-key-points', null);
    expect(text($('#integrity-status'))).to.contain('no integrity.json');
    expect(code()).not.to.contain('integrity=');
  });
});
