import {expect} from '@open-wc/testing';
import './define.js';
import type {MsKeyPoints} from './key-points.js';
import {describeBasics, make, settle} from '../../../test/widget-basics.js';

const tag = 'ms-key-points';
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="list"] > li')].map((li) => li.textContent!.trim());

describe('ms-key-points', () => {
  describeBasics(tag, {title: 'Key points'});

  it('lists the article’s five key points in order', async () => {
    const el = await make<MsKeyPoints>(tag);
    const points = items(el);
    expect(points).to.have.length(5);
    expect(el.shadowRoot!.querySelector('ul[role="list"]')).to.exist;
    expect(points[0]).to.contain('feels like being detached, not sad');
    expect(points[1]).to.contain('inflammation, changes in brain chemicals, fatigue, trauma or medicines');
    expect(points[2]).to.contain('Movement, grounding');
    expect(points[3]).to.contain('Talk to your doctor about therapy or medicines');
    expect(points[4]).to.equal('You deserve to feel again, even if it takes time.');
  });

  it('sits in a bordered, padded box', async () => {
    const el = await make<MsKeyPoints>(tag);
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(parseFloat(getComputedStyle(base).borderTopWidth)).to.be.greaterThan(0);
    expect(parseFloat(getComputedStyle(base).paddingInlineStart)).to.be.greaterThan(0);
  });

  it('shows the host’s own list (as text) instead, and follows edits', async () => {
    const el = await make<MsKeyPoints>(tag, '', '<ol><li>One <em>thing</em></li><li>Two</li></ol>');
    expect(items(el)).to.deep.equal(['One thing', 'Two']);
    expect(el.shadowRoot!.querySelector('em')).to.equal(null);
    el.querySelector('ol')!.firstElementChild!.textContent = 'First';
    await settle(el);
    expect(items(el)[0]).to.equal('First');
  });
});
