import {expect} from '@open-wc/testing';
import {sendKeys} from '../../../test/commands.js';
import './define.js';
import type {MsSupportLink} from './support-link.js';
import {shadowText, withWarnings} from '../../../test/helpers.js';
import {describeBasics, make} from '../../../test/widget-basics.js';

const tag = 'ms-support-link';
const link = (el: Element) => el.shadowRoot!.querySelector('a');

describe('ms-support-link', () => {
  describeBasics(tag, {title: 'Want online therapy?', attrs: 'href="https://example.org/therapy"'});

  it('shows the article’s call to action with the host’s link', async () => {
    const el = await make<MsSupportLink>(tag, 'href="https://example.org/therapy"');
    expect(el.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Want online therapy?');
    const a = link(el)!;
    expect(a.href).to.equal('https://example.org/therapy');
    expect(a.textContent!.trim()).to.equal('Find online therapy');
    expect(a.hasAttribute('target')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="description"]')).to.equal(null);
    const box = a.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
  });

  it('uses the host’s label and description as text', async () => {
    const el = await make<MsSupportLink>(
      tag,
      'href="https://example.org/t" label="Book a free call" description="Talk to a counsellor who knows MS. &lt;b&gt;Free&lt;/b&gt;."'
    );
    expect(link(el)!.textContent!.trim()).to.equal('Book a free call');
    const description = el.shadowRoot!.querySelector('[part="description"]')!;
    expect(description.textContent!.trim()).to.equal('Talk to a counsellor who knows MS. <b>Free</b>.');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('is reached with the Tab key', async () => {
    const el = await make<MsSupportLink>(tag, 'href="https://example.org/t"');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
    before.remove();
  });

  for (const href of ['https://example.org/a', 'http://example.org/b', 'tel:+441234567890', 'mailto:help@example.org']) {
    it(`accepts ${href.split(':')[0]}: links`, async () => {
      const {result: el, warnings} = await withWarnings(() => make<MsSupportLink>(tag, `href="${href}"`));
      expect(link(el)!.getAttribute('href')).to.equal(href);
      expect(warnings).to.deep.equal([]);
    });
  }

  it('resolves a relative link against the page', async () => {
    const el = await make<MsSupportLink>(tag, 'href="/find-a-therapist"');
    expect(link(el)!.getAttribute('href')).to.equal(new URL('/find-a-therapist', document.baseURI).href);
  });

  for (const href of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/x', 'java&#10;script:alert(1)', 'http://exa mple.org:99999']) {
    it(`drops ${JSON.stringify(href)} with a warning and shows nothing`, async () => {
      const {result: el, warnings} = await withWarnings(() => make<MsSupportLink>(tag, `href="${href}"`));
      expect(link(el)).to.equal(null);
      expect(shadowText(el)).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
      // One warning, naming the element and the attribute.
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<ms-support-link> attribute "href"');
    });
  }

  it('never points anywhere by default: without href it shows nothing and warns once', async () => {
    const {result: el, warnings} = await withWarnings(() => make<MsSupportLink>(tag));
    expect(link(el)).to.equal(null);
    expect(shadowText(el)).to.equal('');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ms-support-link> has no usable "href"');

    const {warnings: again} = await withWarnings(async () => {
      el.setAttribute('label', 'Other');
      await el.updateComplete;
      el.setAttribute('href', '');
      await el.updateComplete;
    });
    expect(again).to.deep.equal([]);
  });

  it('appears when the host sets a usable href later, and hides again when it is removed', async () => {
    const {result: el} = await withWarnings(() => make<MsSupportLink>(tag));
    el.href = 'https://example.org/later';
    await el.updateComplete;
    expect(link(el)!.href).to.equal('https://example.org/later');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(44);
    await withWarnings(async () => {
      el.removeAttribute('href');
      el.href = undefined;
      await el.updateComplete;
    });
    expect(link(el)).to.equal(null);
  });

  it('shortens an overlong label with a warning', async () => {
    const long = 'Find '.repeat(30).trim();
    const {result: el, warnings} = await withWarnings(() => make<MsSupportLink>(tag, `href="https://example.org" label="${long}"`));
    expect(link(el)!.textContent!.trim().length).to.be.at.most(80);
    expect(warnings.join('\n')).to.contain('<ms-support-link> attribute "label"');
  });
});
