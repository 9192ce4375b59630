import {expect} from '@open-wc/testing';
import {defineElement} from './define.js';
import {VERSION} from './version.js';
import {widgetLoaders} from '../generated/widget-loaders.js';
import {withWarnings} from '../../test/helpers.js';

describe('defineElement', () => {
  it('lets the first registration win and warns once per page about a version mismatch', async () => {
    class First extends HTMLElement {
      static version = '1.0.0';
    }
    class Second extends HTMLElement {
      static version = '2.0.0';
    }
    class Third extends HTMLElement {
      static version = '3.0.0';
    }
    const {warnings} = await withWarnings(() => {
      defineElement('ms-test-define', First);
      defineElement('ms-test-define', Second);
      defineElement('ms-test-define', Third);
      defineElement('ms-test-define-other', First);
    });
    expect(customElements.get('ms-test-define')).to.equal(First);
    expect(warnings.filter((w) => w.includes('Two versions'))).to.have.length(1);
    expect(warnings[0]).to.contain('1.0.0').and.contain('2.0.0');
  });

  it('never throws, even when the registry refuses', () => {
    class Reused extends HTMLElement {}
    defineElement('ms-test-reused-a', Reused);
    // The same class under a second name is refused by the browser.
    expect(() => defineElement('ms-test-reused-b', Reused)).not.to.throw();
  });
});

describe('the library', () => {
  it('has the version from package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });

  it('lists every documented widget in the loader and registers each with define-all', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags = manifest.modules
      .flatMap((m: {declarations?: {tagName?: string}[]}) => m.declarations ?? [])
      .map((d: {tagName?: string}) => d.tagName)
      .filter(Boolean)
      .sort();
    expect(tags).to.have.length.greaterThan(16);
    expect(Object.keys(widgetLoaders).sort()).to.deep.equal(tags);
    await import('../define-all.js');
    expect(tags.filter((tag: string) => !customElements.get(tag))).to.deep.equal([]);
  });
});
