import {expect} from '@open-wc/testing';
import {PrivateStore, STORAGE_PREFIX} from './storage.js';
import {downloadText} from '../parts/download.js';
import {printSummary} from '../parts/print.js';
import {blockStorage, withWarnings} from '../../test/helpers.js';

const isList = (d: unknown): d is string[] => Array.isArray(d) && d.every((x) => typeof x === 'string');

describe('PrivateStore', () => {
  const el = document.createElement('ms-test-store');
  afterEach(() => localStorage.clear());

  it('uses the library prefix that "delete everything" looks for', () => {
    expect(new PrivateStore(el, 'test', 1, isList).key).to.equal(`${STORAGE_PREFIX}test`);
  });

  it('saves, loads and clears versioned data', () => {
    const store = new PrivateStore(el, 'test', 1, isList);
    expect(store.load()).to.equal(undefined);
    store.save(['a', 'b']);
    expect(JSON.parse(localStorage.getItem('ms-widgets:test')!)).to.deep.equal({v: 1, data: ['a', 'b']});
    expect(store.load()).to.deep.equal(['a', 'b']);
    store.clear();
    expect(localStorage.getItem('ms-widgets:test')).to.equal(null);
  });

  it('ignores corrupt data, other versions and wrong shapes with a warning', async () => {
    const store = new PrivateStore(el, 'test', 2, isList);
    for (const raw of ['{not json', JSON.stringify({v: 1, data: ['a']}), JSON.stringify({v: 2, data: [1, 2]}), 'null']) {
      localStorage.setItem('ms-widgets:test', raw);
      const {result, warnings} = await withWarnings(() => new PrivateStore(document.createElement('ms-x'), 'test', 2, isList).load());
      expect(result, raw).to.equal(undefined);
      expect(warnings.join(), raw).to.contain('<ms-x>');
    }
    expect(store.key).to.equal('ms-widgets:test');
  });

  it('survives blocked storage', async () => {
    const unblock = blockStorage();
    try {
      const store = new PrivateStore(document.createElement('ms-y'), 'test', 1, isList);
      const {result, warnings} = await withWarnings(() => [store.load(), store.save(['a']), store.clear()]);
      expect(result).to.deep.equal([undefined, false, undefined]);
      expect(warnings.join()).to.contain('blocked');
    } finally {
      unblock();
    }
  });
});

describe('downloadText', () => {
  it('makes a text file in the browser', async () => {
    const blob = downloadText('my notes.txt', 'line 1\nline 2');
    expect(blob.type).to.contain('text/plain');
    expect(await blob.text()).to.equal('line 1\r\nline 2');
  });
});

describe('printSummary', () => {
  it('prints only the summary, in its own document, then cleans up', async () => {
    let printed: string | undefined;
    const job = printSummary('My summary', 'en', 'ltr', (doc) => {
      const h = doc.createElement('h1');
      h.textContent = 'Checked signs';
      return h;
    }, (win) => (printed = win.document.body.textContent ?? ''));
    expect(job.document.querySelector('h1')!.textContent).to.equal('Checked signs');
    await job.done;
    expect(printed).to.equal('Checked signs');
    expect(document.querySelectorAll('iframe')).to.have.length(0);
  });
});
