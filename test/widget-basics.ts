import {expect, fixture} from '@open-wc/testing';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import {registerLocale} from '../src/core/localize.js';
import {expectAccessibleInAllThemes, shadowText, withWarnings} from './helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>; requestUpdate(): void};

export interface BasicsOptions {
  /** The default title text. */
  title: string;
  /** Attributes the widget needs to show anything (e.g. `href="…"`). */
  attrs?: string;
}

/** Creates `<tag attrs extra>content</tag>` in a fresh fixture. */
export function make<T extends HTMLElement = Widget>(tag: string, attrs = '', content = ''): Promise<T> {
  return fixture<T>(`<${tag} ${attrs}>${content}</${tag}>`);
}

/** Waits for a MutationObserver-driven re-render (host content or lang changes). */
export async function settle(el: Widget): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Registers a French test translation of `strings` (English source => French text). */
export function registerFrench(strings: Record<string, string>): void {
  const templates = Object.fromEntries(Object.entries(strings).map(([en, fr]) => [generateMsgId(en, false), fr]));
  registerLocale('fr', async () => ({templates}));
}

/**
 * The behaviour every explaining widget shares: its title honours `heading`
 * and `heading-level`, bad values warn once and fall back, the language and
 * direction come from the page, and axe finds nothing in any theme.
 */
export function describeBasics(tag: string, {title, attrs = ''}: BasicsOptions): void {
  describe(`${tag}: shared behaviour`, () => {
    it('titles itself with an h2 by default, or at heading-level with the host’s heading text', async () => {
      const el = await make(tag, attrs);
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(title);
      expect(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')).to.have.length(1);

      const custom = await make(tag, `${attrs} heading-level="4" heading="Our own title"`);
      expect(custom.shadowRoot!.querySelector('h4')!.textContent!.trim()).to.equal('Our own title');
      expect(custom.shadowRoot!.querySelector('h2')).to.equal(null);
      custom.setAttribute('heading-level', '1');
      await custom.updateComplete;
      expect(custom.shadowRoot!.querySelector('h1')!.textContent!.trim()).to.equal('Our own title');
    });

    it('warns once about bad heading-level, theme and heading values and uses the defaults', async () => {
      const {result: el, warnings} = await withWarnings(() =>
        make(tag, `${attrs} heading-level="nine" theme="purple" heading="   "`)
      );
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(title);
      const text = warnings.join('\n');
      expect(text).to.contain(`<${tag}> attribute "heading-level"="nine"`);
      expect(text).to.contain(`<${tag}> attribute "theme"="purple"`);
      expect(shadowText(el)).not.to.match(/NaN|undefined|null|\[object/);
      const {warnings: again} = await withWarnings(async () => {
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(again, 'each bad value is warned about once').to.deep.equal([]);
    });

    it('takes its language from the nearest lang, follows changes, and its direction from dir', async () => {
      registerFrench({[title]: `FR ${title}`});
      const wrapper = await fixture<HTMLElement>(`<section lang="fr-CA" dir="rtl"><div><${tag} ${attrs}></${tag}></div></section>`);
      const el = wrapper.querySelector<Widget>(tag)!;
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector('.base')!;
      expect(base.getAttribute('lang')).to.equal('fr');
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).direction).to.equal('rtl');
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(`FR ${title}`);

      wrapper.setAttribute('lang', 'en-GB');
      wrapper.setAttribute('dir', 'ltr');
      await settle(el);
      expect(base.getAttribute('lang')).to.equal('en');
      expect(base.getAttribute('dir')).to.equal('ltr');
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(title);
    });

    it('has no axe violations in light, dark and forced colors', async () => {
      const el = await make(tag, attrs);
      await expectAccessibleInAllThemes(el);
    });
  });
}
