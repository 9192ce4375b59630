import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {Announcer} from './announcer.js';

const WORDS: Record<string, Record<string, string>> = {
  en: {done: 'Done.', gone: 'Deleted.'},
  fr: {done: 'Terminé.', gone: 'Supprimé.'},
};

/** A host whose language can change after a message was said. */
class AnnouncerHost extends LitElement {
  language = 'en';
  readonly status = new Announcer<'done' | 'gone'>(this, (key) => WORDS[this.language]![key]!);
  override render() {
    return this.status.render('visually-hidden');
  }
}
customElements.define('test-announcer-host', AnnouncerHost);

describe('Announcer', () => {
  it('keeps a key and makes the text when the host renders, so a later language change is heard', async () => {
    const el = await fixture<AnnouncerHost>(html`<test-announcer-host></test-announcer-host>`);
    const region = () => el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region().textContent).to.equal('');
    expect(region().className).to.equal('visually-hidden');
    el.status.say('done');
    await el.updateComplete;
    expect(el.status.key).to.equal('done');
    expect(region().textContent).to.equal('Done.');
    el.language = 'fr';
    el.requestUpdate();
    await el.updateComplete;
    expect(region().textContent).to.equal('Terminé.');
    el.status.say('gone');
    await el.updateComplete;
    expect(region().textContent).to.equal('Supprimé.');
    el.status.clear();
    await el.updateComplete;
    expect(region().textContent).to.equal('');
  });
});
