/**
 * The build's check behind scripts/trim-lit.mjs: the CDN builds leave out
 * Lit's element and comment bindings, so every template must be one that
 * needs neither, and the check must tell them apart the way lit-html does.
 */
import {expect} from '@open-wc/testing';
import {unsupportedBinding} from '../scripts/lit-bindings.mjs';

/** The strings of a template, as lit-html receives them. */
const strings = (s: TemplateStringsArray, ..._values: unknown[]) => [...s];

describe('scripts/lit-bindings.mjs: which template bindings the trimmed Lit cannot fill', () => {
  it('accepts text, attribute, property, boolean and event bindings, also in quotes, raw text and svg titles', () => {
    const x = 1;
    for (const ok of [
      strings`<p class=${x}>${x}</p>`,
      strings`<p title="a ${x} b ${x}" .value=${x} ?hidden=${x} @click=${x}/>${x}`,
      strings`<div a=${x}${x} b='${x}'></div>`,
      strings`<textarea>${x}</textarea><svg><title>${x}</title></svg>`,
      strings`<p>${x}<!-- a note --> ${x}</p>`,
      strings`<p>a > b ${x}</p>`,
      strings`plain text`,
    ]) {
      expect(unsupportedBinding(ok), ok.join('${}')).to.equal(-1);
    }
  });

  it('finds a binding in an element tag or in a comment, and which one it is', () => {
    const x = 1;
    expect(unsupportedBinding(strings`<div ${x}></div>`)).to.equal(0);
    expect(unsupportedBinding(strings`<div a=${x} ${x}></div>`)).to.equal(1);
    expect(unsupportedBinding(strings`<p>${x}</p><input type="text"\n${x} />`)).to.equal(1);
    expect(unsupportedBinding(strings`<!-- ${x} -->`)).to.equal(0);
    expect(unsupportedBinding(strings`<p>${x}</p></ ${x} >`), 'a bogus comment').to.equal(1);
  });
});
