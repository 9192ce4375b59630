import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '../../../test/commands.js';
import './define.js';
import type {MsWhyNumbness} from './why-numbness.js';
import * as realPanels from './panels.js';
import {expectAccessibleInAllThemes, nextFrames, pageScrollsSideways} from '../../../test/helpers.js';
import {describeBasics, make, registerFrench, settle} from '../../../test/widget-basics.js';

const tag = 'ms-why-numbness';
const root = (el: Element) => el.shadowRoot!;
const causes = (el: Element) => [...root(el).querySelectorAll('details')];
const openStates = (el: Element) => causes(el).map((d) => d.open);
const areas = (el: Element) => [...root(el).querySelectorAll<SVGGElement>('svg g.area')];
const regionItems = (el: Element) => [...root(el).querySelectorAll('ol[part="regions"] > li')];

const REGIONS = ['Prefrontal cortex', 'Amygdala', 'Anterior cingulate cortex', 'Insular cortex'];
const WHAT = [
  'Making decisions, controlling impulses, and empathy',
  'Emotional reactions, especially fear and anxiety',
  'Motivation and emotional engagement',
  'Awareness of your body and your emotions',
];

describe('ms-why-numbness', () => {
  afterEach(async () => {
    await setViewport({width: 1024, height: 768});
  });

  describeBasics(tag, {title: 'Why MS can cause emotional numbness'});

  it('presents the four causes as closed native disclosures', async () => {
    const el = await make<MsWhyNumbness>(tag);
    const details = causes(el);
    expect(details.map((d) => d.querySelector(':scope > summary')!.textContent!.trim())).to.deep.equal([
      'Inflammation in the brain (neuroinflammation)',
      'Changes in brain chemicals (neurotransmitters)',
      'Fatigue and an overloaded brain',
      'The mind protecting itself',
    ]);
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
    // One exclusive group: the browser closes the others when one opens.
    expect(new Set(details.map((d) => d.name))).to.deep.equal(new Set(['cause']));
    // Closed sections hide their content from everyone, including screen readers.
    expect(root(el).querySelector('svg')!.checkVisibility()).to.equal(false);
    causes(el)[0]!.open = true;
    expect(root(el).querySelector('svg')!.checkVisibility()).to.equal(true);
  });

  it('opens one cause at a time with a click', async () => {
    const el = await make<MsWhyNumbness>(tag);
    const summaries = causes(el).map((d) => d.querySelector('summary')!);
    summaries[0]!.click();
    expect(openStates(el)).to.deep.equal([true, false, false, false]);
    summaries[2]!.click();
    expect(openStates(el)).to.deep.equal([false, false, true, false]);
    summaries[2]!.click();
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
  });

  it('works with the keyboard: Tab to a cause, Enter or Space opens it, the brain areas are in the tab order', async () => {
    const el = await make<MsWhyNumbness>(tag);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    const summaries = causes(el).map((d) => d.querySelector('summary')!);
    expect(root(el).activeElement).to.equal(summaries[0]);
    await sendKeys({press: 'Enter'});
    expect(openStates(el)).to.deep.equal([true, false, false, false]);

    // The four brain areas come next, in order.
    for (const area of areas(el)) {
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement).to.equal(area);
    }
    await sendKeys({press: 'Tab'});
    expect(root(el).activeElement).to.equal(summaries[1]);
    await sendKeys({press: 'Space'});
    expect(openStates(el)).to.deep.equal([false, true, false, false]);
    await sendKeys({press: 'Enter'});
    expect(openStates(el)).to.deep.equal([false, false, false, false]);
    before.remove();
  });

  it('draws the four brain areas: named, numbered, described, and with a text alternative', async () => {
    const el = await make<MsWhyNumbness>(tag);
    causes(el)[0]!.open = true;
    const svg = root(el).querySelector('svg')!;
    const title = svg.querySelector(':scope > title')!;
    expect(title.textContent).to.equal('Drawing of the brain with the four areas marked');
    expect(svg.getAttribute('aria-labelledby')).to.equal(title.id);
    const desc = root(el).getElementById(svg.getAttribute('aria-describedby')!)!;
    for (const name of ['prefrontal cortex', 'amygdala', 'anterior cingulate cortex', 'insular cortex']) {
      expect(desc.textContent).to.contain(name);
    }
    expect(root(el).querySelector('figure > figcaption')!.textContent).to.contain('not to scale');

    const drawn = areas(el);
    expect(drawn.map((g) => g.getAttribute('aria-label'))).to.deep.equal(REGIONS);
    expect(drawn.map((g) => g.getAttribute('role'))).to.deep.equal(['img', 'img', 'img', 'img']);
    expect(drawn.map((g) => g.tabIndex)).to.deep.equal([0, 0, 0, 0]);
    expect(drawn.map((g) => g.querySelector('text')!.textContent)).to.deep.equal(['1', '2', '3', '4']);
    // Each area is linked to its own line of the list.
    drawn.forEach((g, i) => {
      const description = root(el).getElementById(g.getAttribute('aria-describedby')!)!;
      expect(description.textContent!.trim()).to.equal(WHAT[i]);
      expect(description.closest('li')).to.equal(regionItems(el)[i]);
    });
    expect(regionItems(el).map((li) => li.querySelector('.term')!.textContent!.trim())).to.deep.equal(REGIONS);
    // Every area looks different without colour: its own fill pattern and outline style.
    const looks = drawn.map((g) => {
      const shape = g.querySelector('.shape')!;
      return `${shape.getAttribute('fill')} ${shape.getAttribute('stroke-dasharray')}`;
    });
    expect(new Set(looks).size).to.equal(4);
    expect(new Set(drawn.map((g) => g.querySelector('.shape')!.getAttribute('fill'))).size).to.equal(4);
  });

  it('focusing or pointing at an area highlights its line, and pointing at a line highlights the area', async () => {
    const el = await make<MsWhyNumbness>(tag);
    causes(el)[0]!.open = true;
    const [first, , third] = areas(el);
    const items = regionItems(el);
    const plain = getComputedStyle(items[1]!).backgroundColor;

    first!.focus();
    await el.updateComplete;
    expect(items.map((li) => li.classList.contains('active'))).to.deep.equal([true, false, false, false]);
    expect(getComputedStyle(items[0]!).backgroundColor).not.to.equal(plain);
    expect(getComputedStyle(items[0]!).outlineStyle).to.equal('solid');
    expect(getComputedStyle(first!.querySelector('.ring')!).visibility).to.equal('visible');

    first!.blur();
    await el.updateComplete;
    expect(items.some((li) => li.classList.contains('active'))).to.equal(false);
    expect(getComputedStyle(first!.querySelector('.ring')!).visibility).to.equal('hidden');

    items[2]!.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(third!.classList.contains('active')).to.equal(true);
    expect(getComputedStyle(third!.querySelector('.ring')!).visibility).to.equal('visible');
    items[2]!.dispatchEvent(new MouseEvent('mouseleave'));
    await el.updateComplete;
    expect(third!.classList.contains('active')).to.equal(false);

    third!.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(items[2]!.classList.contains('active')).to.equal(true);

    // When the pointer leaves, the area that has keyboard focus stays highlighted.
    first!.focus();
    items[3]!.dispatchEvent(new MouseEvent('mouseenter'));
    await el.updateComplete;
    expect(items.map((li) => li.classList.contains('active'))).to.deep.equal([false, false, false, true]);
    items[3]!.dispatchEvent(new MouseEvent('mouseleave'));
    await el.updateComplete;
    expect(items.map((li) => li.classList.contains('active'))).to.deep.equal([true, false, false, false]);
  });

  it('draws in the text colour, and in forced colors in system colours', async () => {
    const el = await make<MsWhyNumbness>(tag);
    causes(el)[0]!.open = true;
    const shape = areas(el)[0]!.querySelector('.shape')!;
    const text = getComputedStyle(root(el).querySelector('.base')!).color;
    expect(getComputedStyle(shape).stroke).to.equal(text);
    try {
      await emulateMedia({forcedColors: 'active'});
      await nextFrames();
      const forcedText = getComputedStyle(root(el).querySelector('.base')!).color;
      expect(getComputedStyle(shape).stroke).to.equal(forcedText);
      areas(el)[0]!.focus();
      await el.updateComplete;
      const ring = getComputedStyle(areas(el)[0]!.querySelector('.ring')!);
      expect(ring.visibility).to.equal('visible');
      expect(ring.stroke).not.to.equal(forcedText);
    } finally {
      await emulateMedia({forcedColors: 'none'});
    }
  });

  it('lists serotonin, dopamine and norepinephrine with what each affects', async () => {
    const el = await make<MsWhyNumbness>(tag);
    const dl = causes(el)[1]!.querySelector('dl')!;
    const pairs = [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]);
    expect(pairs).to.deep.equal([
      ['Serotonin', 'Affects mood, sleep and pleasure'],
      ['Dopamine', 'Affects motivation, reward and focus'],
      ['Norepinephrine', 'Affects alertness and energy'],
    ]);
    expect(causes(el)[1]!.textContent).to.contain('even without sadness');
  });

  it('explains fatigue and the mind protecting itself, with the article’s reassurance', async () => {
    const el = await make<MsWhyNumbness>(tag);
    const [, , fatigue, protection] = causes(el);
    expect(fatigue!.querySelector('.emphasis')!.textContent!.trim()).to.equal('You’re not broken. You’re overwhelmed.');
    expect(fatigue!.textContent).to.contain('more than being tired');
    expect(protection!.textContent).to.contain('trauma');
    expect(protection!.textContent).to.contain('can become a habit');
  });

  it('keeps the open cause open when the language changes', async () => {
    registerFrench({'Why MS can cause emotional numbness': 'Pourquoi la SEP peut engourdir les émotions'});
    const wrapper = await make<HTMLElement>('div', 'lang="en"', `<${tag}></${tag}>`);
    const el = wrapper.querySelector<MsWhyNumbness>(tag)!;
    causes(el)[2]!.querySelector('summary')!.click();
    wrapper.setAttribute('lang', 'fr');
    await settle(el);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Pourquoi la SEP peut engourdir les émotions');
    expect(openStates(el)).to.deep.equal([false, false, true, false]);
  });

  it('puts the list beside the drawing when wide, below it at 320 px, without sideways scrolling (also right to left)', async () => {
    const wrapper = await make<HTMLElement>('div', 'dir="rtl"', `<${tag}></${tag}>`);
    const el = wrapper.querySelector<MsWhyNumbness>(tag)!;
    causes(el)[0]!.open = true;
    await nextFrames();
    const svg = root(el).querySelector('svg')!;
    const list = root(el).querySelector('ol')!;
    expect(Math.abs(svg.getBoundingClientRect().top - list.getBoundingClientRect().top)).to.be.lessThan(
      svg.getBoundingClientRect().height
    );
    // Right to left, the drawing comes first, on the right, and the list follows on its left.
    expect(svg.getBoundingClientRect().left).to.be.greaterThan(list.getBoundingClientRect().right - 1);
    expect(getComputedStyle(list).direction).to.equal('rtl');

    await setViewport({width: 320, height: 640});
    await nextFrames();
    expect(list.getBoundingClientRect().top).to.be.at.least(svg.getBoundingClientRect().bottom - 1);
    expect(pageScrollsSideways()).to.equal(false);
    // Numbers in the drawing stay readable on a small screen.
    const badge = areas(el)[0]!.querySelector('text')!.getBoundingClientRect();
    expect(badge.height).to.be.at.least(12);
  });

  it('has no axe violations with the drawing open and an area highlighted', async () => {
    const el = await make<MsWhyNumbness>(tag);
    causes(el)[0]!.open = true;
    areas(el)[1]!.focus();
    await el.updateComplete;
    await expectAccessibleInAllThemes(el);
    causes(el)[1]!.open = true;
    await expectAccessibleInAllThemes(el);
  });

  describe('the text inside the causes, loaded after the first paint', () => {
    type Panels = typeof realPanels;
    /** A widget whose panels arrive when the test says so. */
    const withPanels = async (panels: () => Promise<Panels>, attrs = '') => {
      const wrapper = await make<HTMLElement>('div', attrs);
      const el = document.createElement(tag) as MsWhyNumbness;
      (el as unknown as {importPanels: () => Promise<Panels>}).importPanels = panels;
      wrapper.append(el);
      await nextFrames();
      await nextFrames();
      return el;
    };
    const status = (details: HTMLDetailsElement) => details.querySelector('[role="status"]')?.textContent?.trim();

    it('shows every title at once, says "Loading…" in a cause opened too early, and does not move when the text arrives', async () => {
      let arrive!: (panels: Panels) => void;
      const el = await withPanels(() => new Promise<Panels>((resolve) => (arrive = resolve)));
      const [first] = causes(el);
      expect(first!.querySelector('summary')!.textContent!.trim()).to.equal('Inflammation in the brain (neuroinflammation)');
      const height = el.getBoundingClientRect().height;
      first!.querySelector('summary')!.click();
      expect(status(first!)).to.equal('Loading…');
      expect(root(el).querySelector('svg')).to.equal(null);
      first!.querySelector('summary')!.click();
      arrive(realPanels);
      await el.updateComplete;
      expect(status(first!)).to.equal(undefined);
      expect(el.getBoundingClientRect().height).to.equal(height);
      first!.querySelector('summary')!.click();
      expect(root(el).querySelector('svg')!.checkVisibility()).to.equal(true);
      expect(getComputedStyle(root(el).querySelector('.term')!).fontWeight).to.equal('700');
    });

    it('says in the reader’s language when the text could not be loaded, and tries again when the cause is opened again', async () => {
      registerFrench({
        'Fatigue and an overloaded brain': 'La fatigue et un cerveau surchargé',
        'This part could not be loaded. Check your connection, then close it and open it again.':
          'Cette partie n’a pas pu se charger.',
      });
      let offline = true;
      const el = await withPanels(
        () => (offline ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(realPanels)),
        'lang="fr"'
      );
      await settle(el);
      const fatigue = causes(el)[2]!;
      const summary = fatigue.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal('La fatigue et un cerveau surchargé');
      summary.click();
      await nextFrames();
      expect(status(fatigue)).to.equal('Cette partie n’a pas pu se charger.');
      offline = false;
      summary.click();
      summary.click();
      // Opening it again is what loads it (no one waits for updateComplete here).
      await nextFrames();
      await nextFrames();
      expect(status(fatigue)).to.equal(undefined);
      expect(fatigue.querySelector('.emphasis')).not.to.equal(null);
    });
  });
});
