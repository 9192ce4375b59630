import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {PersistedState, storageSource} from './persisted-state.js';
import {forgetEverything} from './storage.js';
import {withWarnings} from '../../test/helpers.js';

const isList = (d: unknown): d is string[] => Array.isArray(d) && d.every((x) => typeof x === 'string');

/** A tiny host: `persist` switches storage, `items` is the state it keeps. */
class PersistHost extends LitElement {
  static override properties = {persist: {type: Boolean}, name: {}};
  persist = false;
  name = 'test-state';
  items: string[] = [];
  restored: (string[] | undefined)[] = [];
  readonly state = new PersistedState<string[]>(this, {
    name: () => this.name,
    version: 2,
    isValid: isList,
    migrations: {1: (old) => (typeof old === 'string' ? old.split(',') : undefined)},
    enabled: () => this.persist,
    restore: (saved) => {
      this.restored.push(saved);
      if (saved) this.items = saved;
      else if (this.items.length) this.state.save(this.items);
    },
    forget: () => {
      this.items = [];
    },
  });
  override render() {
    return html`${this.items.join(' ')}`;
  }
}
customElements.define('ms-test-persist-host', PersistHost);

/** A host whose persist-only code cannot be loaded (as when the reader went offline). */
class OfflineHost extends LitElement {
  static override properties = {persist: {type: Boolean}};
  persist = false;
  items: string[] = [];
  restored = 0;
  readonly state = new PersistedState<string[]>(this, {
    name: 'offline-state',
    version: 1,
    isValid: isList,
    enabled: () => this.persist,
    load: () => Promise.reject(new Error('offline')),
    restore: () => {
      this.restored++;
    },
  });
  override render() {
    return html`${this.state.failed ? 'not kept' : 'kept'} ${this.items.join(' ')}`;
  }
}
customElements.define('ms-test-offline-host', OfflineHost);

describe('PersistedState', () => {
  afterEach(() => localStorage.clear());

  it('stores nothing without persist', async () => {
    const el = await fixture<PersistHost>(html`<ms-test-persist-host></ms-test-persist-host>`);
    expect(el.state.save(['a'])).to.equal(true);
    el.state.clear();
    expect(localStorage.length).to.equal(0);
    expect(el.restored).to.deep.equal([]);
    expect(el.state.enabled).to.equal(false);
  });

  it('restores what was kept when persist is added, and keeps what the reader did before', async () => {
    localStorage.setItem('ms-widgets:test-state', JSON.stringify({v: 2, data: ['saved']}));
    const el = await fixture<PersistHost>(html`<ms-test-persist-host persist></ms-test-persist-host>`);
    expect(el.restored).to.deep.equal([['saved']]);
    expect(el.shadowRoot!.textContent).to.contain('saved');

    localStorage.clear();
    const fresh = await fixture<PersistHost>(html`<ms-test-persist-host></ms-test-persist-host>`);
    fresh.items = ['typed before'];
    fresh.persist = true;
    await fresh.updateComplete;
    expect(JSON.parse(localStorage.getItem('ms-widgets:test-state')!)).to.deep.equal({v: 2, data: ['typed before']});
  });

  it('restores again when the name changes, and stops storing when persist is removed', async () => {
    localStorage.setItem('ms-widgets:other', JSON.stringify({v: 2, data: ['other list']}));
    const el = await fixture<PersistHost>(html`<ms-test-persist-host persist></ms-test-persist-host>`);
    el.name = 'other';
    await el.updateComplete;
    expect(el.items).to.deep.equal(['other list']);
    expect(el.state.key).to.equal('ms-widgets:other');
    el.persist = false;
    await el.updateComplete;
    localStorage.clear();
    el.state.save(['x']);
    expect(localStorage.length).to.equal(0);
  });

  it('migrates data saved by an older version', async () => {
    localStorage.setItem('ms-widgets:test-state', JSON.stringify({v: 1, data: 'a,b'}));
    const el = await fixture<PersistHost>(html`<ms-test-persist-host persist></ms-test-persist-host>`);
    expect(el.items).to.deep.equal(['a', 'b']);
  });

  it('drops corrupt, unknown-version and wrong-shape data with one warning each, never throwing', async () => {
    for (const raw of ['{oops', JSON.stringify({v: 7, data: ['a']}), JSON.stringify({v: 2, data: [1]}), JSON.stringify({v: 1, data: 5})]) {
      localStorage.setItem('ms-widgets:test-state', raw);
      const {result: el, warnings} = await withWarnings(() => fixture<PersistHost>(html`<ms-test-persist-host persist></ms-test-persist-host>`));
      expect(el.restored, raw).to.deep.equal([undefined]);
      expect(warnings.filter((w) => w.includes('<ms-test-persist-host>')), raw).to.have.length(1);
    }
  });

  it('reports a refused save so the widget can say so, and never throws', async () => {
    const el = await fixture<PersistHost>(html`<ms-test-persist-host persist></ms-test-persist-host>`);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const {result, warnings} = await withWarnings(() => el.state.save(['a']));
      expect(result).to.equal(false);
      expect(el.state.failed).to.equal(true);
      expect(warnings).to.have.length(1);
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(el.state.save(['a'])).to.equal(true);
    expect(el.state.failed).to.equal(false);
  });

  it('drops what the widget holds when the page deletes everything stored, only with persist', async () => {
    const kept = await fixture<PersistHost>(html`<ms-test-persist-host persist></ms-test-persist-host>`);
    const loose = await fixture<PersistHost>(html`<ms-test-persist-host name="other"></ms-test-persist-host>`);
    kept.items = ['a', 'b'];
    kept.state.save(kept.items);
    loose.items = ['typed'];
    expect(forgetEverything(kept)).to.equal(1);
    await kept.updateComplete;
    expect(kept.items).to.deep.equal([]);
    expect(kept.shadowRoot!.textContent!.trim()).to.equal('');
    // Without persist nothing of it was stored, so nothing is taken away.
    expect(loose.items).to.deep.equal(['typed']);
    expect(localStorage.length).to.equal(0);
  });
  it('loads the storage code only with persist, and the first render with persist is already restored', async () => {
    localStorage.setItem('ms-widgets:test-state', JSON.stringify({v: 2, data: ['from storage']}));
    const el = await fixture<PersistHost>(html`<ms-test-persist-host></ms-test-persist-host>`);
    expect(el.state.enabled).to.equal(false);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    el.persist = true;
    await el.updateComplete;
    expect(el.state.enabled).to.equal(true);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('from storage');
  });

  it('works without storage, with one warning and what was typed kept, when its code cannot be loaded', async () => {
    const el = await fixture<OfflineHost>(html`<ms-test-offline-host></ms-test-offline-host>`);
    el.items = ['typed'];
    const {warnings} = await withWarnings(async () => {
      el.persist = true;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('<ms-test-offline-host>'))).to.have.length(1);
    expect(el.state.failed).to.equal(true);
    expect(el.state.save(['typed'])).to.equal(false);
    expect(el.restored).to.equal(0);
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('not kept typed');
    el.persist = false;
    await el.updateComplete;
    expect(el.state.failed).to.equal(false);
  });

  it('offline: without its storage code the widget keeps what was typed, in memory, with one warning', async () => {
    const real = storageSource.load;
    storageSource.code = undefined;
    storageSource.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await fixture<PersistHost>(html`<ms-test-persist-host></ms-test-persist-host>`);
      el.items = ['typed'];
      el.requestUpdate();
      const {warnings} = await withWarnings(async () => {
        el.persist = true;
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((w) => w.includes('<ms-test-persist-host>'))).to.have.length(1);
      expect(el.state.failed).to.equal(true);
      expect(el.state.enabled).to.equal(false);
      expect(el.state.save(['typed', 'more'])).to.equal(false);
      expect(el.restored).to.deep.equal([]);
      expect(el.shadowRoot!.textContent!.trim()).to.equal('typed');
      expect(localStorage.length).to.equal(0);
    } finally {
      storageSource.load = real;
    }
  });

  it('waits for the storage code before rendering with persist, and keeps what the reader did meanwhile', async () => {
    const real = storageSource.load;
    let arrive!: () => void;
    storageSource.code = undefined;
    storageSource.load = () => new Promise((resolve) => (arrive = () => resolve(real())));
    try {
      const el = await fixture<PersistHost>(html`<ms-test-persist-host name="slow-state"></ms-test-persist-host>`);
      el.items = ['before'];
      el.requestUpdate();
      await el.updateComplete;
      el.persist = true;
      // The reader goes on while the code is on its way: the update waits, nothing is stored yet.
      el.items = [...el.items, 'meanwhile'];
      el.requestUpdate();
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.textContent!.trim()).to.equal('before');
      expect(localStorage.length).to.equal(0);
      arrive();
      await el.updateComplete;
      expect(el.state.enabled).to.equal(true);
      expect(el.shadowRoot!.textContent!.trim()).to.equal('before meanwhile');
      expect(JSON.parse(localStorage.getItem('ms-widgets:slow-state')!)).to.deep.equal({v: 2, data: ['before', 'meanwhile']});
    } finally {
      storageSource.load = real;
    }
  });
});
