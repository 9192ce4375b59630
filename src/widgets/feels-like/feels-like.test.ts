import {expect} from '@open-wc/testing';
import './define.js';
import type {MsFeelsLike} from './feels-like.js';
import {describeBasics, make, settle} from '../../../test/widget-basics.js';

const tag = 'ms-feels-like';
const items = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('ul[part="list"] > li')].map((li) => li.textContent!.trim());

describe('ms-feels-like', () => {
  describeBasics(tag, {title: 'What does emotional numbness feel like?'});

  it('lists the five ways people describe it, then the reassurance', async () => {
    const el = await make<MsFeelsLike>(tag);
    const root = el.shadowRoot!;
    expect(items(el)).to.deep.equal([
      'Feeling like you’re watching life through a foggy window',
      'Not reacting to things you used to love or hate',
      'Being unable to cry, even when you want to',
      'Feeling like your “spark” is gone',
      'Living on autopilot',
    ]);
    const list = root.querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    const reassurance = root.querySelector('[part="reassurance"]')!;
    // The reassurance comes after the list, in reading order.
    expect(list.compareDocumentPosition(reassurance) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(reassurance.textContent).to.contain('not laziness');
    expect(reassurance.textContent).to.contain('does not mean you don’t care');
    expect(reassurance.textContent).to.contain('It is a symptom');
  });

  it('shows the host’s own list as text instead of the five descriptions, and follows edits', async () => {
    const el = await make<MsFeelsLike>(
      tag,
      '',
      '<ul><li>Like being <b>behind glass</b></li><li>&lt;img src=x onerror=alert(1)&gt;</li><li>   </li></ul>'
    );
    expect(items(el)).to.deep.equal(['Like being behind glass', '<img src=x onerror=alert(1)>']);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    // The light-DOM list is not shown twice, and the reassurance stays.
    expect(el.querySelector('ul')!.getBoundingClientRect().height).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="reassurance"]')!.textContent).to.contain('It is a symptom');

    el.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li>Flat</li>');
    await settle(el);
    expect(items(el)).to.have.length(3);

    el.querySelector('ul')!.remove();
    await settle(el);
    expect(items(el)).to.have.length(5);
  });

  it('falls back to the article’s descriptions when the host list is empty', async () => {
    const el = await make<MsFeelsLike>(tag, '', '<ol></ol>');
    expect(items(el)).to.have.length(5);
  });
});
