/**
 * The browser commands in test/commands.ts do what they say in every engine:
 * if one of them silently did nothing, the widget tests built on it could not fail.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, engine, pageScrollsSideways, sendKeys, setViewport, viewportNarrowed} from './commands.js';

class MediaProbe extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({mode: 'open'});
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      p { border: 0 solid; }
      @media (forced-colors: active) { .forced { border-width: 3px; } }
      @media (prefers-reduced-motion: reduce) { .motion { border-width: 4px; } }
      @media print { .print { border-width: 5px; } }
      @media screen and (prefers-color-scheme: dark) { .dark { border-width: 6px; } }
    `);
    root.adoptedStyleSheets = [sheet];
    root.innerHTML = '<p class="forced">f</p><p class="motion">m</p><p class="print">p</p><p class="dark">d</p>';
  }
}
customElements.define('ms-test-media-probe', MediaProbe);

const width = (el: Element, name: string) => getComputedStyle(el.shadowRoot!.querySelector(`.${name}`)!).borderTopWidth;

describe('test/commands.ts', () => {
  it('knows which engine runs the file', async () => {
    expect(['chromium', 'firefox', 'webkit']).to.include(await engine());
  });

  it('emulates forced colours, reduced motion, print and dark mode in the CSS and in matchMedia', async () => {
    const el = await fixture(html`<ms-test-media-probe></ms-test-media-probe>`);
    try {
      await emulateMedia({forcedColors: 'none', reducedMotion: 'no-preference', media: 'screen', colorScheme: 'light'});
      expect([width(el, 'forced'), width(el, 'motion'), width(el, 'print'), width(el, 'dark')]).to.deep.equal(['0px', '0px', '0px', '0px']);
      await emulateMedia({forcedColors: 'active'});
      expect(width(el, 'forced')).to.equal('3px');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      await emulateMedia({reducedMotion: 'reduce'});
      expect(width(el, 'motion')).to.equal('4px');
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      await emulateMedia({colorScheme: 'dark'});
      expect(width(el, 'dark')).to.equal('6px');
      await emulateMedia({media: 'print'});
      expect(width(el, 'print')).to.equal('5px');
      expect(width(el, 'dark'), 'screen rules stop applying in print').to.equal('0px');
      // A sheet adopted after the call is emulated too.
      const later = await fixture(html`<ms-test-media-probe></ms-test-media-probe>`);
      expect(width(later, 'forced')).to.equal('3px');
    } finally {
      await emulateMedia({forcedColors: 'none', reducedMotion: 'no-preference', media: 'screen', colorScheme: 'light'});
    }
    expect(width(el, 'forced')).to.equal('0px');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });

  it('narrows the viewport to 320 px and back, and sees sideways scrolling there', async () => {
    try {
      await setViewport({width: 320, height: 640});
      const wide = await fixture(html`<div style="inline-size: 400px; block-size: 10px"></div>`);
      expect(viewportNarrowed() ? document.documentElement.getBoundingClientRect().width : innerWidth).to.equal(320);
      expect(pageScrollsSideways()).to.equal(true);
      wide.remove();
      expect(pageScrollsSideways()).to.equal(false);
    } finally {
      await setViewport({width: 1024, height: 768});
    }
    expect(viewportNarrowed()).to.equal(false);
    expect(innerWidth).to.be.at.least(1000);
  });

  it('sends Tab, Shift+Tab, Space and repeated letters', async () => {
    const el = await fixture<HTMLElement>(html`<div><input id="a" /><input id="b" /><button id="c">c</button></div>`);
    let pressed = 0;
    el.querySelector('button')!.addEventListener('click', () => pressed++);
    el.querySelector<HTMLInputElement>('#a')!.focus();
    await sendKeys({type: 'aab  ee'});
    expect(el.querySelector<HTMLInputElement>('#a')!.value).to.equal('aab  ee');
    await sendKeys({press: 'Tab'});
    expect(document.activeElement?.id).to.equal('b');
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Space'});
    expect(pressed).to.equal(1);
    await sendKeys({press: 'Shift+Tab'});
    expect(document.activeElement?.id).to.equal('b');
  });
});
