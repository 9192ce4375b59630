import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {buttonStyles} from '../../core/button-styles.js';
import {panelBoxStyles, visuallyHiddenStyles} from '../../core/panel-styles.js';
import {parseEnum, warnElement} from '../../core/attributes.js';
import {renderHostSlot} from '../../parts/host-slot.js';
import type * as HostList from '../../parts/read-host-list.js';
import {msg} from '../../core/localize.js';
import {TOPICS, type Topic, type TopicContent} from '../../content/idea-topics.js';
import {loadTopic, topicContent} from './topics.js';
import {TicksController} from '../../behaviors/ticks.js';
import {renderTick, renderTickFooter, tickStyles} from '../../parts/ticks.js';
import {sameSize} from '../../parts/same-size.js';
import {translations} from '../../generated/translations/idea-deck.js';
import {ideaDeckStyles} from './idea-deck.styles.js';
import {stackStyles} from '../../parts/stack.js';

/** Whether the host has a list of its own ideas (read by parts/read-host-list.ts, loaded only then). */
const hasHostList = (host: HTMLElement) => host.querySelector(':scope > ul, :scope > ol');

interface Idea {
  /** Stable key for the reader's ticks: the article idea's position, or `h:` and the host's text. */
  key: string;
  text: string;
}

/**
 * One topic's ideas from the article, as cards. "Give me one idea" picks one
 * at random and never repeats until every idea was shown; the reader can tick
 * "I tried this" on any idea.
 *
 * @tagname ms-idea-deck
 * @summary Ideas to try (grounding, tiny pleasures, movement, calming, connection), one at a time or all together.
 *
 * @attr topic - Which list: `grounding` (default, step 3), `pleasures` (step 4), `movement` (step 5),
 *   `regulation` (step 7) or `connection` (step 8). An unknown topic warns and shows `grounding`.
 * @attr persist - Keep the reader's ticks in this browser (per topic). Without it nothing is stored.
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @fires ms-idea-tried - The reader ticked or unticked an idea. `detail: {topic, idea, tried}`.
 *
 * @slot - Optional: a `<ul>` or `<ol>` of your own ideas, added after the article's ideas.
 *   Read as text (never as HTML). Without JavaScript the page shows it as it is.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart intro - The line under the title.
 * @csspart pick - The "Give me one idea" area.
 * @csspart pick-button - The "Give me one idea" button.
 * @csspart list - The list of idea cards.
 * @csspart card - One idea card.
 * @csspart tick - An "I tried this" checkbox and its label.
 * @csspart note - The line under the cards.
 * @csspart footer - The privacy line (and the clear button).
 * @csspart privacy - The privacy line.
 * @csspart clear-button - "Clear my ticks" (only with `persist`).
 *
 * @cssprop --ms-accent - Brand colour (buttons, ticks, the chosen card).
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of the cards.
 * @cssprop --ms-border - Card borders.
 * @cssprop --ms-radius - Corner radius.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsIdeaDeck extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    panelBoxStyles,
    visuallyHiddenStyles,
    buttonStyles,
    tickStyles,
    stackStyles,
    ideaDeckStyles,
  ];

  /** Which of the article's idea lists to show. */
  @property() topic: Topic = 'grounding';

  /** Keep the reader's ticks in this browser (per topic). */
  @property({type: Boolean, reflect: true}) persist = false;

  /** The idea "Give me one idea" chose last. */
  @state() private chosen?: string;

  /** Whether the last pick started a new round after every idea was shown. */
  @state() private newRound = false;

  /** The random source for "Give me one idea" (replace it to make picks predictable). */
  protected random: () => number = Math.random;

  private shown = new Set<string>();
  private readonly ticks = new TicksController(this, {
    name: () => `idea-deck:${this.resolvedTopic}`,
    persist: () => this.persist,
  });
  /**
   * The reader of the host's own list, loaded the first time the host has
   * one; false when that failed (offline): the host's list is shown as it is
   * then, through the slot, after the article's ideas.
   */
  private hostReader?: typeof HostList.readHostList | false;

  private get resolvedTopic(): Topic {
    return parseEnum(this, 'topic', this.topic, TOPICS, 'grounding');
  }

  /** The topic's [ideas, intro, note], or undefined when it could not be loaded (offline). */
  private content(): TopicContent | undefined {
    return topicContent(this.resolvedTopic)?.();
  }

  /**
   * The first render of a topic waits for its content (only the default topic
   * is in the widget's file), and, when the host has a list of its own, for
   * the reader of that list.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const topic = this.resolvedTopic;
    const content =
      topicContent(topic) === undefined &&
      loadTopic(topic).then(() => {
        if (!topicContent(topic)) warnElement(this, 'topic-load', `could not load the ideas of "${topic}" (offline?), so it shows only a message and the host's own ideas.`);
      });
    const reader =
      this.hostReader === undefined &&
      hasHostList(this) &&
      import('../../parts/read-host-list.js').then(
        (module) => (this.hostReader = module.readHostList),
        () => (this.hostReader = false)
      );
    return content || reader
      ? Promise.all([content, reader]).then(() => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  private ideaList(): Idea[] {
    const list: Idea[] = (this.content()?.[0] ?? []).map((text, i) => ({key: String(i), text}));
    for (const text of (hasHostList(this) && this.hostReader && this.hostReader(this)) || []) {
      const key = `h:${text}`;
      if (!list.some((idea) => idea.key === key)) list.push({key, text});
    }
    return list;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another topic is another list: its ticks are restored by the controller.
    if (changed.has('topic') && changed.get('topic') !== undefined) {
      this.shown.clear();
      this.chosen = undefined;
      this.newRound = false;
      this.ticks.reset();
    }
  }

  /** Chooses one idea at random; every idea is shown once before any repeats. */
  pickIdea(): string | undefined {
    return this.inOwnLanguage(() => this.pick());
  }

  private pick(): string | undefined {
    const list = this.ideaList();
    let pool = list.filter((idea) => !this.shown.has(idea.key));
    this.newRound = !pool.length;
    if (!pool.length) {
      this.shown.clear();
      pool = list.length > 1 ? list.filter((idea) => idea.key !== this.chosen) : list;
    }
    const r = this.random();
    const idea = pool[Math.min(pool.length - 1, Math.max(0, Math.floor((Number.isFinite(r) ? r : 0) * pool.length)))];
    if (!idea) return undefined;
    this.shown.add(idea.key);
    this.chosen = idea.key;
    return idea.text;
  }

  private setTried(idea: Idea, tried: boolean): void {
    this.ticks.set(idea.key, tried);
    this.dispatchEvent(
      new CustomEvent('ms-idea-tried', {
        detail: {topic: this.resolvedTopic, idea: idea.text, tried},
        bubbles: true,
        composed: true,
      })
    );
  }

  /** Clears the reader's ticks for this topic, also from storage. */
  clear(): void {
    this.ticks.clear();
  }

  protected override renderContent() {
    const topic = this.resolvedTopic;
    const [, intro, note] = this.content() ?? [[], msg('This could not load. Check your connection and try again.')];
    const list = this.ideaList();
    const chosen = list.find((idea) => idea.key === this.chosen);
    const tick = (idea: Idea) =>
      renderTick(this.ticks.keys.has(idea.key), msg('I tried this'), idea.text, (on) => this.setTried(idea, on));
    return html`
      ${this.renderTitle(this.defaultTitle(topic))}
      <p part="intro">${intro}</p>
      <div class="pick panel" part="pick" ?hidden=${!list.length}>
        <button type="button" class="button" part="pick-button" @click=${() => this.pickIdea()}>
          ${sameSize(chosen ? msg('Give me another idea') : msg('Give me one idea'), chosen ? msg('Give me one idea') : msg('Give me another idea'))}
        </button>
        <div class="stack">
          <p class="picked" role="status">${chosen
            ? html`${this.newRound ? html`${msg('You have seen every idea, so they start again.')} ` : nothing}<strong
                  >${msg('Try this:')}</strong
                >
                ${chosen.text}`
            : nothing}</p>
          ${list.map(
            (idea) => html`<p class="picked sizer" aria-hidden="true">
              ${msg('You have seen every idea, so they start again.')} <strong>${msg('Try this:')}</strong> ${idea.text}
            </p>`
          )}
        </div>
        ${chosen
          ? tick(chosen)
          : html`<span class="tick sizer" aria-hidden="true"><span class="box"></span><span>${msg('I tried this')}</span></span>`}
      </div>
      <ul class="cards" part="list" role="list">
        ${list.map(
          (idea) => html`<li class="card ${idea === chosen ? 'chosen' : ''}" part="card">
            <p>${idea.text}</p>
            ${tick(idea)}
          </li>`
        )}
      </ul>
      ${renderHostSlot(this.hostReader === false && hasHostList(this))}
      ${note ? html`<p part="note">${note}</p>` : nothing}
      ${renderTickFooter(this.ticks, this.persist)}
    `;
  }

  private defaultTitle(topic: Topic): string {
    switch (topic) {
      case 'pleasures':
        return msg('Ideas: tiny pleasures');
      case 'movement':
        return msg('Ideas: gentle movement');
      case 'regulation':
        return msg('Ideas: calm your nervous system');
      case 'connection':
        return msg('Ideas: gentle contact with people');
      default:
        return msg('Ideas: use your senses');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-idea-deck': MsIdeaDeck;
  }
}
