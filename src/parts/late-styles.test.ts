import {expect, fixture} from '@open-wc/testing';
import {css, html, LitElement} from 'lit';
import {addLateStyles} from './late-styles.js';

class LateStylesProbe extends LitElement {
  static override styles = css`
    p {
      color: rgb(1, 2, 3);
    }
  `;
  protected override render() {
    return html`<p>Text</p>`;
  }
}
customElements.define('late-styles-probe', LateStylesProbe);

const first = [css`p { margin-inline-start: 7px; }`];
const second = [css`p { padding-inline-start: 9px; }`];

describe('addLateStyles', () => {
  it('keeps the widget\'s own styles and adds each late set once, the second after the first', async () => {
    const el = await fixture<LateStylesProbe>(html`<late-styles-probe></late-styles-probe>`);
    const p = el.shadowRoot!.querySelector('p')!;
    addLateStyles(el, first);
    addLateStyles(el, second);
    addLateStyles(el, first);
    const style = getComputedStyle(p);
    expect(style.color).to.equal('rgb(1, 2, 3)');
    expect(style.marginInlineStart).to.equal('7px');
    expect(style.paddingInlineStart).to.equal('9px');
    expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(3);
  });

  it('gives another widget its own sets', async () => {
    const el = await fixture<LateStylesProbe>(html`<late-styles-probe></late-styles-probe>`);
    addLateStyles(el, second);
    const style = getComputedStyle(el.shadowRoot!.querySelector('p')!);
    expect(style.marginInlineStart).to.equal('0px');
    expect(style.paddingInlineStart).to.equal('9px');
  });
});
