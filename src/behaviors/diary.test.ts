import {expect} from '@open-wc/testing';
import {addDays, dateKey, isMoodDiary, isSignsHistory, keepFrom, MOOD_DIARY, openStore, SIGNS_HISTORY} from './diary.js';
import {defaultSince, hasEntries, summarise} from './since-summary.js';
import {forgetEverything, STORAGE_CLEARED_EVENT} from './storage.js';
import {MOOD_COLOR_IDS} from '../content/mood-colors.js';
import {WARNING_SIGN_IDS} from '../content/warning-signs.js';
import {withWarnings} from '../../test/helpers.js';

describe('dated stores', () => {
  afterEach(() => localStorage.clear());

  it('counts days across month ends and daylight-saving changes', () => {
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
    expect(addDays('2026-03-28', 2)).to.equal('2026-03-30');
    expect(addDays('2026-10-24', 2)).to.equal('2026-10-26');
    expect(defaultSince('2026-05-30')).to.equal('2026-05-01');
    expect(dateKey(new Date(2026, 0, 5, 23, 59))).to.equal('2026-01-05');
  });

  it('accepts only the documented shapes', () => {
    expect(isMoodDiary({'2026-05-01': {c: 'grey'}, '2026-05-02': {w: 'tired'}})).to.equal(true);
    for (const bad of [null, [], {'2026-13-01': {c: 'grey'}}, {'yesterday': {}}, {'2026-05-01': {c: 3}}, {'2026-05-01': 'grey'}]) {
      expect(isMoodDiary(bad), JSON.stringify(bad)).to.equal(false);
    }
    expect(isSignsHistory({list: 'article', days: {'2026-05-01': ['crying']}})).to.equal(true);
    expect(isSignsHistory({list: 'host:2:x', labels: ['A', 'B'], days: {}})).to.equal(true);
    for (const bad of [{list: 'article'}, {list: 1, days: {}}, {list: 'article', days: {'2026-05-01': 'crying'}}, {list: 'a', labels: [1], days: {}}]) {
      expect(isSignsHistory(bad), JSON.stringify(bad)).to.equal(false);
    }
    expect(keepFrom({'2026-01-01': 1, '2026-02-01': 2}, '2026-01-15')).to.deep.equal({'2026-02-01': 2});
  });

  it('drops corrupt and old data with one warning naming the element', async () => {
    const el = document.createElement('ms-appointment-prep');
    localStorage.setItem('ms-widgets:warning-signs-history', JSON.stringify({v: 0, data: {list: 'article', days: {}}}));
    localStorage.setItem('ms-widgets:mood-color', JSON.stringify({v: 1, data: {'2026-05-01': {c: 7}}}));
    const {result, warnings} = await withWarnings(() => [openStore(el, SIGNS_HISTORY).load(), openStore(el, MOOD_DIARY).load()]);
    expect(result).to.deep.equal([undefined, undefined]);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<ms-appointment-prep>').and.contain('another version');
    expect(warnings[1]).to.contain('unexpected shape');
  });
});

describe('summarise', () => {
  const mood = {
    '2026-04-20': {c: 'yellow'},
    '2026-05-01': {c: 'grey'},
    '2026-05-02': {c: 'grey', w: 'tired'},
    '2026-05-03': {w: 'only a word'},
    '2026-05-04': {c: 'blue'},
    '2026-05-05': {c: 'charcoal'},
    '2026-05-06': {c: 'charcoal'},
    '2026-05-07': {c: 'not-a-colour'},
    '2026-06-01': {c: 'green'},
  };
  const history = {
    list: 'article',
    days: {'2026-04-01': ['hobbies'], '2026-05-02': ['crying', 'hobbies'], '2026-05-09': ['crying', 'crying', 'nonsense']},
  };

  it('counts days per colour and lists when each sign was ticked, for the period only', () => {
    const s = summarise(mood, history, '2026-05-01', '2026-05-31', MOOD_COLOR_IDS, WARNING_SIGN_IDS);
    expect(s.colors).to.deep.equal([
      {id: 'grey', days: 2},
      {id: 'charcoal', days: 2},
      {id: 'blue', days: 1},
    ]);
    expect(s.signs).to.deep.equal([
      {id: 'hobbies', dates: ['2026-05-02']},
      {id: 'crying', dates: ['2026-05-02', '2026-05-09']},
    ]);
    expect(hasEntries(s)).to.equal(true);
    expect(JSON.stringify(s)).not.to.contain('tired');
  });

  it('is empty when nothing is stored or nothing falls in the period', () => {
    expect(hasEntries(summarise(undefined, undefined, '2026-05-01', '2026-05-31', MOOD_COLOR_IDS, WARNING_SIGN_IDS))).to.equal(false);
    expect(hasEntries(summarise(mood, history, '2027-01-01', '2027-01-31', MOOD_COLOR_IDS, WARNING_SIGN_IDS))).to.equal(false);
  });

  it("keeps a host list's own words for its signs", () => {
    const host = {list: 'host:2:abc', labels: ['Sleeping badly', 'Not eating'], days: {'2026-05-03': ['host-2', 'host-9']}};
    const s = summarise(undefined, host, '2026-05-01', '2026-05-31', MOOD_COLOR_IDS, WARNING_SIGN_IDS);
    expect(s.signs).to.deep.equal([{id: 'host-2', label: 'Not eating', dates: ['2026-05-03']}]);
  });
});

describe('forgetEverything', () => {
  afterEach(() => localStorage.clear());

  it("removes every key of the library and nothing else, then tells the page", () => {
    localStorage.setItem('ms-widgets:mood-color', '{}');
    localStorage.setItem('ms-widgets:warning-signs-history', '{}');
    localStorage.setItem('ms-widgets:journal-prompts', '{}');
    localStorage.setItem('host-cart', 'keep me');
    let told: unknown;
    const listener = (e: Event) => (told = (e as CustomEvent).detail);
    document.addEventListener(STORAGE_CLEARED_EVENT, listener);
    try {
      expect(forgetEverything(document.createElement('ms-x'))).to.equal(3);
    } finally {
      document.removeEventListener(STORAGE_CLEARED_EVENT, listener);
    }
    expect(told).to.deep.equal({removed: 3});
    expect(Object.keys(localStorage)).to.deep.equal(['host-cart']);
  });

  it('warns instead of throwing when storage is blocked', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); }});
    try {
      const {result, warnings} = await withWarnings(() => forgetEverything(document.createElement('ms-z')));
      expect(result).to.equal(0);
      expect(warnings.join()).to.contain('<ms-z>').and.contain('blocked');
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });
});
