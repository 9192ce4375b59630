import {expect} from '@open-wc/testing';
import {safeUrl} from './safe-url.js';
import {withWarnings} from '../../test/helpers.js';

describe('safeUrl', () => {
  const el = document.createElement('ms-test-url');

  it('keeps allowed schemes', () => {
    expect(safeUrl(el, 'href', 'https://example.org/help', ['https:'])).to.equal('https://example.org/help');
    expect(safeUrl(el, 'line-phone', 'tel:+44116123', ['tel:', 'https:'])).to.equal('tel:+44116123');
  });

  it('drops javascript:, data: and disguised schemes with a warning naming the attribute', async () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      const {result, warnings} = await withWarnings(() => safeUrl(el, 'href', bad, ['https:', 'http:']));
      expect(result, bad).to.equal(undefined);
      expect(warnings.join(), bad).to.contain('<ms-test-url> attribute "href"');
    }
  });

  it('ignores empty values silently', async () => {
    const {result, warnings} = await withWarnings(() => safeUrl(el, 'href', '', ['https:']));
    expect(result).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });
});
