import {expect} from '@open-wc/testing';
import {sendKeys} from '../../../test/commands.js';
import './define.js';
import type {MsQuotes} from './quotes.js';
import * as realControls from './controls.js';
import {expectAccessibleInAllThemes, nextFrames, shadowText, withWarnings} from '../../../test/helpers.js';
import {describeBasics, make, registerFrench, settle} from '../../../test/widget-basics.js';

const tag = 'ms-quotes';
const figures = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('figure')].map((figure) => ({
    text: figure.querySelector(':scope > blockquote')?.textContent!.trim(),
    who: figure.querySelector(':scope > figcaption')?.textContent!.replace(/\s+/g, ' ').trim(),
  }));
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];
const position = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')?.textContent!.trim();

describe('ms-quotes', () => {
  describeBasics(tag, {title: 'What people with MS say'});

  it('shows all three quotes as blockquotes with name, age and type of MS in a figcaption', async () => {
    const el = await make<MsQuotes>(tag);
    expect(figures(el)).to.deep.equal([
      {
        text: 'I’m not sad. I just don’t feel anything. It’s like my emotions went on vacation and forgot to come back.',
        who: 'Alex, age 39, relapsing-remitting MS (RRMS)',
      },
      {
        text: 'I used to cry at movies. Now I sit there and feel blank. It’s terrifying.',
        who: 'Mariah, age 45, secondary progressive MS (SPMS)',
      },
      {
        text: 'I want to feel something—even pain—just so I know I’m still here.',
        who: 'Devon, age 30, relapsing-remitting MS (RRMS)',
      },
    ]);
    expect(buttons(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.contain('numbness is real pain');
    // English needs no "translated" note.
    expect(el.shadowRoot!.textContent).not.to.contain('Translated');
  });

  it('mode="one" shows one quote with Previous and Next buttons and a polite position', async () => {
    const el = await make<MsQuotes>(tag, 'mode="one"');
    expect(figures(el)).to.have.length(1);
    expect(figures(el)[0]!.who).to.contain('Alex');
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Previous quote', 'Next quote']);
    expect(buttons(el).every((b) => b.type === 'button' && b.getBoundingClientRect().height >= 44)).to.equal(true);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('Quote 1 of 3');
    expect(status.getAttribute('aria-live') ?? 'polite').to.equal('polite');

    buttons(el)[1]!.click();
    await el.updateComplete;
    expect(figures(el)[0]!.who).to.contain('Mariah');
    expect(position(el)).to.equal('Quote 2 of 3');
    // The status element is kept, so screen readers hear the change.
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(status);

    buttons(el)[1]!.click();
    buttons(el)[1]!.click();
    await el.updateComplete;
    expect(position(el), 'Next wraps to the first').to.equal('Quote 1 of 3');
    buttons(el)[0]!.click();
    await el.updateComplete;
    expect(position(el), 'Previous wraps to the last').to.equal('Quote 3 of 3');
    expect(figures(el)[0]!.who).to.contain('Devon');
  });

  it('works with the keyboard and keeps focus on the button', async () => {
    const el = await make<MsQuotes>(tag, 'mode="one"');
    buttons(el)[1]!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(position(el)).to.equal('Quote 2 of 3');
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(position(el)).to.equal('Quote 3 of 3');
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
    await sendKeys({press: 'Shift+Tab'});
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(position(el)).to.equal('Quote 2 of 3');
  });

  it('never moves on by itself', async () => {
    const el = await make<MsQuotes>(tag, 'mode="one"');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await el.updateComplete;
    expect(position(el)).to.equal('Quote 1 of 3');
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });

  it('warns once about a bad mode and shows all quotes', async () => {
    const {result: el, warnings} = await withWarnings(() => make<MsQuotes>(tag, 'mode="carousel"'));
    expect(figures(el)).to.have.length(3);
    expect(warnings.join('\n')).to.contain('<ms-quotes> attribute "mode"="carousel"');
    const {warnings: again} = await withWarnings(async () => {
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(again).to.deep.equal([]);
  });

  it('mode can be switched, and MODE case does not matter', async () => {
    const el = await make<MsQuotes>(tag, 'mode="ONE"');
    expect(figures(el)).to.have.length(1);
    el.mode = 'all';
    await el.updateComplete;
    expect(figures(el)).to.have.length(3);
  });

  it('shows the host’s own quotes, read as text, in both modes', async () => {
    const el = await make<MsQuotes>(
      tag,
      'mode="one"',
      `<figure><blockquote><p>It felt like <b>fog</b>.</p></blockquote><figcaption>— Sam, 52</figcaption></figure>
       <figure><blockquote>&lt;img src=x onerror=alert(1)&gt;</blockquote></figure>
       <blockquote>A quote without a name.</blockquote>
       <figure><figcaption>Nobody said anything</figcaption></figure>`
    );
    expect(position(el)).to.equal('Quote 1 of 3');
    expect(figures(el)).to.deep.equal([{text: 'It felt like fog.', who: 'Sam, 52'}]);
    el.mode = 'all';
    await el.updateComplete;
    expect(figures(el)).to.deep.equal([
      {text: 'It felt like fog.', who: 'Sam, 52'},
      {text: '<img src=x onerror=alert(1)>', who: undefined},
      {text: 'A quote without a name.', who: undefined},
    ]);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    // The light-DOM quotes are not shown twice.
    expect(el.querySelector('figure')!.getBoundingClientRect().height).to.equal(0);
  });

  it('follows host edits and keeps the position in range', async () => {
    const el = await make<MsQuotes>(
      tag,
      'mode="one"',
      '<figure><blockquote>One</blockquote></figure><figure><blockquote>Two</blockquote></figure><figure><blockquote>Three</blockquote></figure>'
    );
    buttons(el)[0]!.click();
    await el.updateComplete;
    expect(position(el)).to.equal('Quote 3 of 3');
    el.lastElementChild!.remove();
    await settle(el);
    expect(position(el)).to.equal('Quote 2 of 2');
    expect(figures(el)[0]!.text).to.equal('Two');
    el.lastElementChild!.remove();
    await settle(el);
    // One quote needs no buttons.
    expect(buttons(el)).to.have.length(0);
    expect(figures(el)[0]!.text).to.equal('One');
  });

  it('follows quotes a CMS adds after the first render, and goes back when they are removed', async () => {
    const el = await make<MsQuotes>(tag);
    expect(figures(el)).to.have.length(3);
    el.insertAdjacentHTML('beforeend', '<figure><blockquote>Added later</blockquote><figcaption>Kim</figcaption></figure>');
    await settle(el);
    expect(figures(el)).to.deep.equal([{text: 'Added later', who: 'Kim'}]);
    el.querySelector('blockquote')!.textContent = 'Edited inside';
    await settle(el);
    expect(figures(el)).to.deep.equal([{text: 'Edited inside', who: 'Kim'}]);
    el.querySelector('figure')!.remove();
    await settle(el);
    expect(figures(el)).to.have.length(3);
  });

  it('marks translated quotes as translated, and only those', async () => {
    registerFrench({
      'I used to cry at movies. Now I sit there and feel blank. It’s terrifying.':
        'Avant, je pleurais devant les films. Maintenant je reste là, vide. C’est terrifiant.',
      'Translated from English': 'Traduit de l’anglais',
    });
    const el = await make<MsQuotes>(tag, 'lang="fr"');
    await el.updateComplete;
    const [alex, mariah] = figures(el);
    expect(mariah!.text).to.contain('Avant, je pleurais');
    expect(mariah!.who).to.contain('Traduit de l’anglais');
    // Alex's quote has no French text in this translation, so it is shown as written and not marked.
    expect(alex!.text).to.contain('I’m not sad');
    expect(alex!.who).not.to.contain('Traduit');
  });

  it('has no axe violations in mode="one"', async () => {
    const el = await make<MsQuotes>(tag, 'mode="one"');
    await expectAccessibleInAllThemes(el);
  });

  describe('the Previous / Next row, loaded only for mode="one"', () => {
    type Controls = typeof realControls;
    /** A mode="one" widget whose Previous / Next row arrives when the test says so. */
    const withControls = async (load: () => Promise<Controls>, attrs = '') => {
      const wrapper = await make<HTMLElement>('div', attrs);
      const el = document.createElement(tag) as MsQuotes;
      el.setAttribute('mode', 'one');
      (el as unknown as {importControls: () => Promise<Controls>}).importControls = load;
      wrapper.append(el);
      return el;
    };

    it('the default mode never asks for it', async () => {
      let asked = 0;
      const wrapper = await make<HTMLElement>('div');
      const el = document.createElement(tag) as MsQuotes;
      (el as unknown as {importControls: () => Promise<Controls>}).importControls = () => (asked++, Promise.resolve(realControls));
      wrapper.append(el);
      await el.updateComplete;
      expect(figures(el)).to.have.length(3);
      expect(asked).to.equal(0);
      el.mode = 'one';
      await el.updateComplete;
      expect(asked).to.equal(1);
      expect(buttons(el)).to.have.length(2);
    });

    it('shows nothing until the row is there, then the quote and its buttons together (nothing appears later)', async () => {
      let arrive!: (controls: Controls) => void;
      const el = await withControls(() => new Promise<Controls>((resolve) => (arrive = resolve)));
      await nextFrames();
      expect(el.shadowRoot!.children).to.have.length(0);
      arrive(realControls);
      await el.updateComplete;
      expect(figures(el)).to.have.length(1);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Previous quote', 'Next quote']);
      expect(buttons(el).every((b) => b.getBoundingClientRect().height >= 44)).to.equal(true);
      expect(position(el)).to.equal('Quote 1 of 3');
    });

    for (const lang of ['en', 'fr']) {
      it(`offline, mode="one" shows every quote instead, quietly (${lang})`, async () => {
        registerFrench({'What people with MS say': 'Ce que disent les personnes atteintes de SEP'});
        const {result: el, warnings} = await withWarnings(async () => {
          const el = await withControls(() => Promise.reject(new TypeError('Failed to fetch')), `lang="${lang}"`);
          await el.updateComplete;
          return el;
        });
        expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(
          lang === 'fr' ? 'Ce que disent les personnes atteintes de SEP' : 'What people with MS say'
        );
        expect(figures(el)).to.have.length(3);
        expect(buttons(el)).to.have.length(0);
        expect(el.shadowRoot!.querySelector('[part="note"]')).to.exist;
        expect(shadowText(el)).not.to.match(/NaN|undefined|null/);
        expect(warnings).to.deep.equal([]);
        el.next();
        await el.updateComplete;
        expect(figures(el)).to.have.length(3);
      });
    }
  });
});
