import {expect} from '@open-wc/testing';
import './define.js';
import type {MsAffirmation} from './affirmation.js';
import {describeBasics, make, settle} from '../../../test/widget-basics.js';

const tag = 'ms-affirmation';
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="list"] > li')].map((li) => li.textContent!.trim());

describe('ms-affirmation', () => {
  describeBasics(tag, {title: 'Remember'});

  it('says the three reassurances as a list, then the closing line', async () => {
    const el = await make<MsAffirmation>(tag);
    expect(items(el)).to.deep.equal(['You’re not alone.', 'You’re not broken.', 'You can feel again.']);
    // Markers are hidden, so the list keeps an explicit list role.
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('role')).to.equal('list');
    const closing = el.shadowRoot!.querySelector('[part="closing"]')!;
    expect(closing.textContent!.trim()).to.equal('Start with noticing. Then move toward reconnecting.');
    expect(el.shadowRoot!.querySelector('ul')!.compareDocumentPosition(closing) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('is large and still: big text, nothing animated', async () => {
    const el = await make<MsAffirmation>(tag);
    const body = parseFloat(getComputedStyle(el).fontSize);
    const line = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('li')!).fontSize);
    expect(line).to.be.at.least(body * 1.5);
    expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part="closing"]')!).fontSize)).to.be.greaterThan(body);
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });

  it('shows the host’s own reassurances (as text) and keeps the closing line', async () => {
    const el = await make<MsAffirmation>(tag, '', '<ul><li>You matter.</li><li>Take your time.</li></ul>');
    expect(items(el)).to.deep.equal(['You matter.', 'Take your time.']);
    expect(el.shadowRoot!.querySelector('[part="closing"]')!.textContent).to.contain('Start with noticing');
    el.replaceChildren();
    await settle(el);
    expect(items(el)).to.have.length(3);
  });
});
