/**
 * The table widgets, the quotes and the idea deck read a host's own table,
 * quotes or list with a reader that is loaded only when the host has some
 * (issue 18). When that
 * file cannot be loaded (offline, or a strict policy), the host's own content
 * is shown as it is, with the widget's title (and the medication table's
 * safety note) around it, and nothing breaks. Needs `node scripts/build.mjs cdn`.
 */
import {expect} from '@open-wc/testing';

type FrameWindow = Window & typeof globalThis & {__errors: string[]};

const CAPTURE = `<script>window.__errors=[];addEventListener('error',(e)=>window.__errors.push(String(e.message)));</script>`;

async function openFrame(head: string, body: string): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

async function until(check: () => unknown, what: string, ms = 10000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const BODY =
  '<ms-numbness-comparison id="comparison"><table><caption>Our own comparison</caption>' +
  '<tr><th>Aspect</th><th>Numb</th></tr><tr><th>Sleep</th><td>Unchanged</td></tr></table></ms-numbness-comparison>' +
  '<ms-medication-table id="medicines"><table><tr><th>Medicine</th><th>Effect</th></tr>' +
  '<tr><th>Example</th><td>Tiredness</td></tr></table></ms-medication-table>' +
  '<ms-quotes id="quotes"><figure><blockquote>Our own words</blockquote><figcaption>Sam</figcaption></figure></ms-quotes>' +
  '<ms-idea-deck id="ideas"><ul><li>Water the plants</li></ul></ms-idea-deck>' +
  '<ms-warning-signs id="signs"><ul><li>Sleeping badly</li></ul></ms-warning-signs>';

const shown = (el: Element | null | undefined) => (el?.getBoundingClientRect().height ?? 0) > 0;

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('dist/cdn/ms-widgets.js: host content whose reader cannot load', () => {
  it('shows the host’s own table and quotes as they are, with the title and the safety note', async () => {
    // The policy allows only the bundle itself, so its lazily loaded readers are refused (as when offline).
    const bundle = `${location.origin}/dist/cdn/ms-widgets.js`;
    const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline' ${bundle}">`;
    const win = await openFrame(`${csp}${CAPTURE}<script type="module" src="${bundle}"></script>`, BODY);
    const doc = win.document;
    const slotShown = (id: string) => {
      const slot = doc.getElementById(id)?.shadowRoot?.querySelector('slot');
      return !!slot && !slot.hidden;
    };
    await until(() => ['comparison', 'medicines', 'quotes'].every(slotShown), 'every widget to show its host content');
    for (const id of ['comparison', 'medicines', 'quotes']) {
      const el = doc.getElementById(id)!;
      expect(el.shadowRoot!.querySelector('.heading')!.textContent!.trim(), id).to.not.equal('');
      expect(el.shadowRoot!.querySelector('table, figure'), `${id} shows no content of its own`).to.equal(null);
    }
    expect(shown(doc.querySelector('#comparison > table')), 'the host table').to.equal(true);
    expect(shown(doc.querySelector('#medicines > table')), 'the host table').to.equal(true);
    expect(shown(doc.querySelector('#quotes > figure')), 'the host quotes').to.equal(true);
    // The idea deck adds the host's ideas after the article's: its own cards stay, the host's list follows them.
    await until(() => slotShown('ideas'), 'the idea deck to show its host list');
    expect(shown(doc.querySelector('#ideas > ul')), 'the host list').to.equal(true);
    expect(doc.getElementById('ideas')!.shadowRoot!.querySelectorAll('li.card').length).to.be.greaterThan(0);
    // The warning signs show the host's list as it is instead of a checklist, with the crisis number.
    await until(() => slotShown('signs'), 'the warning signs to show their host list');
    expect(shown(doc.querySelector('#signs > ul')), 'the host list').to.equal(true);
    expect(shown(doc.getElementById('signs')!.shadowRoot!.querySelector('fieldset')), 'no checklist').to.equal(false);
    expect(shown(doc.getElementById('signs')!.shadowRoot!.querySelector('[part="crisis"]')), 'the crisis help').to.equal(true);
    const note = doc.getElementById('medicines')!.shadowRoot!.querySelector('[part="safety-note"]')!;
    expect(note.textContent).to.contain('Never stop or change a medicine on your own.');
    expect(shown(note)).to.equal(true);
    expect(win.__errors).to.deep.equal([]);
  });

  it('reads the host’s table and quotes when the reader can load', async () => {
    const win = await openFrame(`${CAPTURE}<script type="module" src="${location.origin}/dist/cdn/ms-widgets.js"></script>`, BODY);
    const doc = win.document;
    const own = (id: string, selector: string) => doc.getElementById(id)?.shadowRoot?.querySelector(selector);
    await until(() => own('comparison', 'tbody th') && own('medicines', 'tbody th') && own('quotes', 'figure'), 'the widgets');
    expect(own('comparison', 'caption')!.textContent!.trim()).to.equal('Our own comparison');
    expect(own('comparison', 'tbody th')!.textContent!.trim()).to.equal('Sleep');
    expect(own('medicines', 'tbody th')!.textContent!.trim()).to.equal('Example');
    expect(own('quotes', 'blockquote')!.textContent!.trim()).to.equal('Our own words');
    await until(() => [...doc.getElementById('ideas')!.shadowRoot!.querySelectorAll('li.card p')].some((p) => p.textContent!.includes('Water the plants')), 'the host idea as a card');
    await until(() => doc.getElementById('signs')!.shadowRoot!.querySelector('[part="sign"]')?.textContent!.includes('Sleeping badly'), 'the host sign as a checkbox');
    expect(shown(doc.querySelector('#signs > ul')), 'the host list is not shown twice').to.equal(false);
    expect(shown(doc.querySelector('#comparison > table')), 'the host table is not shown twice').to.equal(false);
    expect(win.__errors).to.deep.equal([]);
  });
});
