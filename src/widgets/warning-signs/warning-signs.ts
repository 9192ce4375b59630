import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {warnElement} from '../../core/attributes.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {choiceStyles} from '../../core/control-styles.js';
import {primaryButtonStyles} from '../../core/button-styles.js';
import {panelBoxStyles} from '../../core/panel-styles.js';
import {actionStyles} from '../../parts/action-styles.js';
import {renderHeading} from '../../parts/heading.js';
import {renderHostSlot} from '../../parts/host-slot.js';
import {msg, str} from '../../core/localize.js';
import {plural} from '../../core/plural.js';
import {printSummary, type PrintJob} from '../../parts/print.js';
import {PersistedState} from '../../behaviors/persisted-state.js';
import {EMERGENCY_NUMBERS as HELPLINES} from '../../content/emergency-numbers.js';
import {warningSigns, type TickedSign} from '../../content/warning-signs.js';
import {CrisisCountry, crisisHelpStyles, inlineCrisisHelp} from '../../parts/inline-crisis-help.js';
import {translations} from '../../generated/translations/warning-signs.js';
import {warningSignsStyles} from './warning-signs.styles.js';
import {cachedIntl} from '../../core/intl.js';

/** Detail of the `ms-warning-signs-change` event: which signs are ticked. Nothing the reader wrote. */
export interface WarningSignsChangeDetail {
  /** Ids of the checked signs, in list order (`hobbies`... or `host-1`... for a host list). */
  checked: string[];
  /** The text of each checked sign as shown (same order as `checked`), in the widget's language. */
  texts: string[];
  count: number;
  total: number;
}

type Kept = typeof import('./kept.js');
type Result = typeof import('./result.js');
type HostList = typeof import('../../parts/read-host-list.js');

/** Whether the host has a list of its own signs (read by parts/read-host-list.ts, loaded only then). */
const hasHostList = (host: HTMLElement) => host.querySelector(':scope > ul, :scope > ol');

/**
 * The widget's later parts (tests replace them to act offline): `kept`, what
 * only `persist` needs; `result`, the result panel's explanation and next
 * steps, loaded right after the first paint; `hostList`, the reader of the
 * host's own list, loaded before the first render that shows one.
 */
export const warningSignsParts = {
  kept: (): Promise<Kept> => import('./kept.js'),
  result: (): Promise<Result> => import('./result.js'),
  hostList: (): Promise<HostList> => import('../../parts/read-host-list.js'),
};

/**
 * A private self-check of the article's six warning signs of emotional
 * numbness. It never scores or labels: it says how many signs are ticked,
 * explains gently what that may mean and what to do next, and always offers
 * crisis help. Answers stay on the device; nothing is stored unless the host
 * adds `persist`. With `persist` the widget also keeps, for up to a year,
 * which signs were ticked on each day the reader changed the list (the store
 * described in src/behaviors/diary.ts), so `ms-appointment-prep` can say
 * which signs were ticked and when.
 *
 * @tagname ms-warning-signs
 * @summary The article's warning signs as a private checklist with next steps and crisis help.
 *
 * @attr persist - Keep the answers in this browser (localStorage) so they survive a reload, with
 *   the dates they were ticked on (for the appointment sheet), and show a "Clear my answers"
 *   button; the country the reader chose for the crisis help is kept too. Without it nothing is stored.
 * @attr country - Country for the crisis help (two-letter code, such as `GB`); default: the region
 *   of the page language, and the reader can choose their country. See `ms-crisis-help`.
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2); the result headings are one level lower.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @fires ms-warning-signs-change - When the reader ticks, unticks or clears. `detail`:
 *   `{checked: string[], texts: string[], count: number, total: number}`: stable ids (`hobbies`, `withdrawal`,
 *   `indifference`, `crying`, `motions`, `existing`, or `host-1`... for a host list) and, in the same
 *   order, each ticked sign's text as shown (so another widget, such as `ms-appointment-prep`, can
 *   list them without reading this widget's DOM).
 *
 * @slot - Optional: a `<ul>` or `<ol>` of signs to show instead of the article's. Items are read as
 *   text (never as HTML). Without JavaScript the page shows the list as it is.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title and the result headings.
 * @csspart checklist - The fieldset with the signs.
 * @csspart sign - One clickable row (label with its checkbox).
 * @csspart status - The line that says how many signs are ticked.
 * @csspart result - The panel with what it may mean and what to do next.
 * @csspart privacy - The line about privacy.
 * @csspart crisis - The crisis help line.
 *
 * @cssprop --ms-accent - Colour of checkboxes, ticked rows and buttons.
 * @cssprop --ms-surface - Background of the result panel.
 * @cssprop --ms-surface-strong - Background of ticked rows.
 * @cssprop --ms-border - Borders of the rows.
 * @cssprop --ms-radius - Corner radius.
 */
export class MsWarningSigns extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    // controlStyles without the rules nothing here uses (.visually-hidden, .breakable, disabled
    // buttons, .same-size); `.button.secondary` is in warningSignsStyles.
    panelBoxStyles,
    primaryButtonStyles,
    actionStyles,
    choiceStyles,
    crisisHelpStyles,
    warningSignsStyles,
  ];

  /** Keep the answers in this browser (localStorage). Off by default: nothing is stored. */
  @property({type: Boolean, reflect: true}) persist = false;

  /** Country for the crisis help (two-letter code); default: from the page language. */
  @property() country?: string;

  /** Which country's crisis numbers are shown (the host's `country`, the reader's choice, or the page language's region). */
  private readonly crisis = new CrisisCountry(this, {
    country: () => this.country,
    languageTag: () => this.languageTag,
    persist: () => this.persist,
  });

  @state() private selected: ReadonlySet<string> = new Set();

  /** Set after "Clear my answers" until the next change. */
  @state() private cleared = false;

  /**
   * The reader of the host's own list, loaded the first time the host has
   * one; false when that failed (offline): the host's list is then shown as
   * it is, through the slot, instead of the checklist.
   */
  private hostReader?: HostList['readHostList'] | false;

  /** The host's own signs, or null (none, or not readable). */
  private get hostList(): string[] | null {
    return this.hostReader ? this.hostReader(this) : null;
  }

  /** The first render that shows a host list waits for its reader (nothing shifts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hostReader === undefined && hasHostList(this)
      ? warningSignsParts.hostList().then(
          (module) => void (this.hostReader = module.readHostList),
          () => void (this.hostReader = false)
        ).then(() => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  /** What only `persist` needs (kept.ts), loaded with the storage code. */
  private kept?: Kept;
  private readonly stored = new PersistedState<{list: string; checked: string[]}>(this, {
    name: 'warning-signs',
    version: 1,
    isValid: (data): data is {list: string; checked: string[]} => !!this.kept?.isSaved(data),
    enabled: () => this.persist,
    load: () =>
      Promise.all([warningSignsParts.kept(), this.loadResult()]).then(([kept]) => {
        this.kept ??= kept;
        // The dated history's store, made once its definition is here.
        this.history ??= kept.historyNotes(this, PersistedState);
      }),
    // Everything the library stored was deleted (with `persist`): untick too, so nothing deleted is saved again.
    forget: () => {
      if (!this.selected.size) return;
      this.selected = new Set();
      this.changed();
    },
    restore: (saved) => {
      // Ticks made before `persist` was added win over saved ones.
      if (this.selected.size) return this.save();
      if (!saved) return;
      if (saved.list === this.kept!.listKey(this.hostList)) this.selected = new Set(saved.checked);
      else warnElement(this, 'storage-list', 'found saved answers for a different list of signs and ignored them.');
    },
  });

  /** The dated history (SIGNS_HISTORY) and its store (made with `persist`). */
  private history?: ReturnType<Kept['historyNotes']>;

  /** The result panel's explanation and next steps (result.ts), once loaded. */
  private result?: Result;
  private resultFailed = false;
  /** The printed page's code could not be loaded (offline): a line under the button says so. */
  @state() private printFailed = false;
  private resultLoading?: Promise<void>;

  /** Loads the result panel's text (once; again after a failure), then renders. Never rejects. */
  private loadResult(): Promise<void> {
    return (this.resultLoading ??= warningSignsParts.result().then(
      (result) => {
        this.result = result;
        this.resultFailed = false;
        this.requestUpdate();
      },
      () => {
        // Offline: the panel keeps its safety lines (not a diagnosis, a doctor, the crisis number).
        this.resultFailed = true;
        this.resultLoading = undefined;
      }
    ));
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // After the first frame is painted, not before: the first paint never waits for it.
    requestAnimationFrame(() => setTimeout(() => void this.loadResult()));
  }

  /** Also waits for the result panel's text (loaded right after the first paint). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.result || this.resultFailed) return done;
    await this.loadResult();
    return super.getUpdateComplete();
  }

  /**
   * Returns the current date (for the dated history). Replace it in tests.
   * @internal
   */
  now: () => Date = () => new Date();

  /** Notes in the dated history which signs are ticked today (a history for another list starts again). */
  private record(): void {
    this.history?.note(this.hostList, this.now(), this.checked);
  }

  /** The signs shown: the host's list, or the article's. */
  private items(): {id: string; text: string}[] {
    const host = this.hostList;
    return host ? host.map((text, i) => ({id: `host-${i + 1}`, text})) : warningSigns();
  }

  /** Ids of the ticked signs, in list order. */
  get checked(): string[] {
    return this.tickedSigns.map((sign) => sign.id);
  }

  /** The ticked signs, in list order: each one's id and its text as shown (in the widget's language). Read-only. */
  get tickedSigns(): TickedSign[] {
    return this.inOwnLanguage(() => this.items()).filter((item) => this.selected.has(item.id));
  }

  private save(): void {
    // Only with `persist` (then kept.ts is here).
    if (this.kept && this.stored.enabled) this.stored.save({list: this.kept.listKey(this.hostList), checked: this.checked});
  }

  private changed(): void {
    const ticked = this.tickedSigns;
    const checked = ticked.map((sign) => sign.id);
    const total = this.inOwnLanguage(() => this.items()).length;
    const detail: WarningSignsChangeDetail = {checked, texts: ticked.map((sign) => sign.text), count: checked.length, total};
    this.dispatchEvent(new CustomEvent('ms-warning-signs-change', {detail, bubbles: true, composed: true}));
  }

  private onToggle(event: Event): void {
    const input = event.target as HTMLInputElement;
    const next = new Set(this.selected);
    if (input.checked) next.add(input.value);
    else next.delete(input.value);
    this.selected = next;
    this.cleared = false;
    if (!this.result) void this.loadResult();
    this.save();
    this.record();
    this.changed();
  }

  /** Unticks every sign and removes any saved answers, with the dates they were ticked on. */
  clearAnswers(): void {
    this.selected = new Set();
    this.stored.clear();
    this.history?.clear();
    this.cleared = true;
    this.changed();
  }

  /**
   * Prints a one-page summary of the ticked signs and the next steps, without
   * the rest of the page. `print` replaces the browser's print (for tests).
   * The job is returned at once; its page is made by result.ts (here right
   * after the first paint): called before that, the page is printed as soon
   * as it has arrived, and if it cannot load (offline) nothing is printed and
   * a line under the button says so.
   */
  printSummary(print?: (win: Window) => void): PrintJob {
    const signs = this.tickedSigns.map((sign) => sign.text);
    const number = HELPLINES[this.crisis.shown]?.emergency[0];
    const title = this.inOwnLanguage(() => msg('Warning signs I have noticed'));
    const page = (doc: Document, result: Result) => this.inOwnLanguage(() => result.printPage(doc, title, this.dateLocale, signs, number));
    this.printFailed = false;
    return printSummary(
      title,
      this.locale,
      this.direction,
      (doc) =>
        this.result
          ? page(doc, this.result)
          : this.loadResult().then(() => {
              if (this.result) return page(doc, this.result);
              this.printFailed = true;
              return undefined;
            }),
      print
    );
  }

  private status(count: number, total: number): string {
    if (this.cleared) return msg('Your answers have been cleared.');
    const format = cachedIntl(Intl.NumberFormat, this.locale);
    const [n, of] = [format.format(count), format.format(total)];
    if (!count) return msg(str`You have not ticked any of the ${of} signs yet.`);
    return plural(this.locale, count, {
      zero: () => msg(str`You ticked ${n} signs out of ${of}.`, {id: 'warning-signs.ticked.zero'}),
      one: () => msg(str`You ticked ${n} sign out of ${of}.`, {id: 'warning-signs.ticked.one'}),
      two: () => msg(str`You ticked ${n} signs out of ${of}.`, {id: 'warning-signs.ticked.two'}),
      few: () => msg(str`You ticked ${n} signs out of ${of}.`, {id: 'warning-signs.ticked.few'}),
      many: () => msg(str`You ticked ${n} signs out of ${of}.`, {id: 'warning-signs.ticked.many'}),
      other: () => msg(str`You ticked ${n} signs out of ${of}.`, {id: 'warning-signs.ticked.other'}),
    });
  }

  /** The privacy line; with `persist`, the line for kept answers comes with kept.ts (the first render with `persist` waits for it). */
  private privacy(): string {
    if (!this.persist) return msg('Your answers stay on this device. They are not saved or sent anywhere.');
    return (!this.stored.failed && this.kept?.keptLine()) ||
      msg('Your answers stay on this device. This browser could not save them, so they will be gone when you leave the page.');
  }

  protected override renderContent() {
    const items = this.items();
    const offline = this.hostReader === false && hasHostList(this);
    const count = items.filter((item) => this.selected.has(item.id)).length;
    const sub = Math.min(6, this.level + 1);
    return html`
      ${this.renderTitle(msg('Warning signs to watch for'))}
      <p>${msg('Have you noticed any of these lately? Tick the ones that sound like you. There are no right or wrong answers.')}</p>
      <p class="small" part="privacy">${this.privacy()}</p>
      ${renderHostSlot(offline)}
      <fieldset part="checklist" ?hidden=${offline}>
        <legend>${msg('Signs I have noticed')}</legend>
        <ul class="signs" role="list">
          ${items.map(
            (item) => html`<li>
              <label class="sign choice" part="sign">
                <input type="checkbox" name="sign" .value=${item.id} .checked=${this.selected.has(item.id)} @change=${this.onToggle} />
                <span>${item.text}</span>
              </label>
            </li>`
          )}
        </ul>
      </fieldset>
      <p class="status" role="status" part="status" ?hidden=${offline}>${this.status(count, items.length)}</p>
      <div class="result panel" part="result" ?hidden=${!count}>
        ${renderHeading(sub, msg('What this might mean'), 'result-heading')}
        ${this.result?.meaning() ?? nothing}
        <p><strong>${msg('This is not a diagnosis.')}</strong> ${msg('A doctor or therapist can help you find out what is going on.')}</p>
        ${this.result?.nextSteps(sub) ?? nothing}
      </div>
      <div class="actions">
        <button class="button" type="button" @click=${() => this.printSummary()}>${msg('Print for my appointment')}</button>
        ${this.persist
          ? html`<button class="button secondary" type="button" @click=${this.clearAnswers}>${msg('Clear my answers')}</button>`
          : nothing}
      </div>
      ${this.printFailed ? html`<p role="alert">${msg('Nothing was printed. This could not load. Check your connection and try again.')}</p>` : nothing}
      ${inlineCrisisHelp(this.crisis, this.locale, this.dateLocale)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-warning-signs': MsWarningSigns;
  }
  interface HTMLElementEventMap {
    'ms-warning-signs-change': CustomEvent<WarningSignsChangeDetail>;
  }
}
