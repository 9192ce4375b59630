import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {controlStyles} from '../../core/control-styles.js';
import {downloadText} from '../../parts/download.js';
import {msg, str} from '../../core/localize.js';
import {plural} from '../../core/plural.js';
import {printSummary, type PrintJob} from '../../parts/print.js';
import {PersistedState} from '../../behaviors/persisted-state.js';
import {forgetEverything, STORAGE_CLEARED_EVENT} from '../../behaviors/storage.js';
import {dateKey} from '../../behaviors/diary.js';
import {sameSize} from '../../parts/same-size.js';
import {hasEntries, readStores, renderSincePanel, sinceDate, summaryOf, summarySections, type Stored} from './since.js';
import {reminderIcs} from './reminder.js';
import {ConfirmController} from '../../behaviors/confirm.js';
import {confirmStyles, renderConfirm} from '../../parts/confirm.js';
import {medications} from '../../content/medications.js';
import {signTexts, type TickedSign} from '../../content/warning-signs.js';
import {beganAfter, questions, type Choice} from './content.js';
import {empty, isDraft, isEmpty, sheetHeader, sheetSections, type Draft, type Section} from './sheet.js';
import {CrisisCountry, crisisHelpStyles, inlineCrisisHelp} from '../../parts/inline-crisis-help.js';
import {translations} from '../../generated/translations/appointment-prep.js';
import {appointmentPrepStyles} from './appointment-prep.styles.js';

/** What ms-warning-signs documents: its `tickedSigns` property and its change event's `checked` and `texts`. */
type SignsElement = HTMLElement & {tickedSigns?: TickedSign[]; updateComplete?: Promise<unknown>};
interface SignsDetail {
  checked?: string[];
  texts?: string[];
}

/**
 * The article's step 2, "Talk to your neurologist or therapist", as a
 * preparation sheet: what has changed, which medicines the reader takes,
 * whether it began after a flare-up or a hard time, and questions to ask.
 * "Print" gives a clean one-page summary, "Download" a text file; both are
 * made in the browser and nothing is sent anywhere. If an `ms-warning-signs`
 * on the same page has ticked signs, the sheet offers to include them.
 *
 * With `persist` the sheet also offers "Since my last appointment": for a
 * period the reader picks (default the last 30 days) it counts the days per
 * colour in the `ms-mood-color` diary and lists which warning signs were
 * ticked and when, read from the dated stores those widgets keep with
 * `persist` (src/behaviors/diary.ts). It is included in the print and the
 * download unless the reader leaves it out. "Add a reminder" downloads an
 * .ics calendar file for the date and time entered, and "Delete everything
 * saved on this device" removes every `ms-widgets:` key after a confirmation.
 *
 * @tagname ms-appointment-prep
 * @summary A private, printable sheet to prepare for a neurologist or therapist visit.
 *
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 * @attr persist - Keep the draft in this browser's local storage until the reader clears it
 *   (never sent anywhere), show the "since my last appointment" summary from the other
 *   widgets' private diaries, offer "Delete everything saved on this device", and keep the
 *   country the reader chose for the crisis help. Without it nothing is stored or read.
 * @attr country - Country for the crisis help line at the bottom (two-letter code such as `GB`).
 *   Default: the region of the page language, and the reader can choose their country.
 *
 * @fires ms-appointment-prep-export - The reader printed or downloaded the sheet, or downloaded
 *   the reminder. `detail: {format: 'print' | 'download' | 'calendar'}`. What they wrote is never
 *   sent in events.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart field - One question with its text box.
 * @csspart signs - The offer to include the ticked warning signs.
 * @csspart since - The "since my last appointment" summary (with `persist`).
 * @csspart reminder - The "Add a reminder" button and its message.
 * @csspart note - The line saying the sheet is not a diagnosis.
 * @csspart actions - The Print, Download and Clear buttons.
 * @csspart confirm - The "are you sure?" box before clearing.
 * @csspart crisis - The box around the crisis help line.
 *
 * @cssprop --ms-accent - Brand colour for buttons and focus.
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of the boxes.
 * @cssprop --ms-border - Borders of text boxes and boxes.
 * @cssprop --ms-radius - Corner radius.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsAppointmentPrep extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    controlStyles,
    confirmStyles,
    crisisHelpStyles,
    appointmentPrepStyles,
  ];

  /** Keep the draft in this browser until the reader clears it. */
  @property({type: Boolean, reflect: true}) persist = false;

  /** Passed to the crisis help line. */
  @property() country?: string;

  /** Which country's crisis numbers are shown (the host's `country`, the reader's choice, or the page language's region). */
  private readonly crisis = new CrisisCountry(this, {
    country: () => this.country,
    languageTag: () => this.languageTag,
    persist: () => this.persist,
  });

  /**
   * Starts printing (replace it in tests).
   * @internal
   */
  printer?: (win: Window) => void;

  /**
   * Returns the current date (for the summary period). Replace it in tests.
   * @internal
   */
  now: () => Date = () => new Date();

  @state() private draft: Draft = empty();
  /** The signs ticked in the page's ms-warning-signs (from its change event or its `tickedSigns`). */
  @state() private signs: TickedSign[] = [];
  /** What the polite status line says (the text is chosen at render time, in the widget's language). */
  @state() private status: '' | 'empty' | 'saved' | 'cleared' | 'forgotten' = '';
  /** What the reminder line says. */
  @state() private reminder: '' | 'saved' | 'missing' = '';
  /** What the other widgets' dated stores hold (read only with `persist`). */
  @state() private diaries: Stored = {};

  private readonly stored = new PersistedState<Draft>(this, {
    name: 'appointment-prep',
    version: 1,
    isValid: isDraft,
    enabled: () => this.persist,
    restore: (saved) => {
      // What the reader wrote before `persist` was added wins over an older draft.
      if (isEmpty(this.draft)) this.draft = saved ?? empty();
      else this.stored.save(this.draft);
      this.diaries = readStores(this);
    },
  });
  /** "Are you sure?" before clearing the sheet (`all`) or deleting everything stored (`everything`). */
  private readonly confirmClear = new ConfirmController<'all' | 'everything'>(this, {
    afterConfirm: () => this.renderRoot.querySelector<HTMLElement>('#who'),
    fallback: () => this.renderRoot.querySelector<HTMLElement>('#who'),
  });
  /** An event has told us the ticked signs (so the first look at the page's widget is not needed). */
  private heardSigns = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('ms-warning-signs-change', this.onSigns);
    document.addEventListener('ms-mood-change', this.onStoresChanged);
    document.addEventListener(STORAGE_CLEARED_EVENT, this.onForgotten);
    void customElements.whenDefined('ms-warning-signs').then(async () => {
      // Signs ticked before this sheet was on the page (saved ones): ms-warning-signs' public `tickedSigns`.
      const el = document.querySelector<SignsElement>('ms-warning-signs');
      await el?.updateComplete;
      // Only if no event has told us otherwise meanwhile.
      if (el && !this.heardSigns) this.signs = el.tickedSigns ?? [];
    });
  }

  override disconnectedCallback(): void {
    document.removeEventListener('ms-warning-signs-change', this.onSigns);
    document.removeEventListener('ms-mood-change', this.onStoresChanged);
    document.removeEventListener(STORAGE_CLEARED_EVENT, this.onForgotten);
    super.disconnectedCallback();
  }

  private readonly onSigns = (e: Event): void => {
    this.heardSigns = true;
    const {checked = [], texts = []} = (e as CustomEvent<SignsDetail>).detail ?? {};
    this.signs = checked.map((id, i) => ({id, text: texts[i] ?? ''}));
    this.onStoresChanged();
  };

  /** A diary on the page changed: read the stores again (they are the channel, never the other widget's DOM). */
  private readonly onStoresChanged = (): void => {
    if (this.persist) this.diaries = readStores(this);
  };

  /** Everything the library stored was deleted (here or by another sheet): forget the draft too. */
  private readonly onForgotten = (): void => {
    if (!this.persist) return;
    this.draft = empty();
    this.diaries = {};
  };

  private setDraft(draft: Draft): void {
    this.draft = draft;
    this.status = '';
    if (isEmpty(draft)) this.stored.clear();
    else this.stored.save(draft);
  }

  private onText(e: Event): void {
    const {name, value} = e.target as HTMLInputElement;
    this.setDraft({...this.draft, t: {...this.draft.t, [name]: value}});
  }

  /** The "add this summary" box: the summary is in unless the reader leaves it out. */
  private onInclude(e: Event): void {
    const c = this.draft.c.filter((v) => v !== 'since:out');
    this.setDraft({...this.draft, c: (e.target as HTMLInputElement).checked ? c : [...c, 'since:out']});
  }

  private onCheck(e: Event): void {
    const {value, checked} = e.target as HTMLInputElement;
    const c = this.draft.c.filter((v) => v !== value);
    this.setDraft({...this.draft, c: checked ? [...c, value] : c});
  }

  /** The text of the ticked warning signs, in the page's list order (the article's in this sheet's language). */
  private signTexts(): string[] {
    return signTexts(this.signs);
  }

  /** The sheet as [heading, lines] pairs, empty parts left out. */
  private sections(): Section[] {
    return sheetSections(this.draft, this.signTexts(), this.sinceSections());
  }

  private get today(): string {
    return dateKey(this.now());
  }

  /** "Since my last appointment", as sections (none without `persist` or when nothing was saved). */
  private sinceSections(): [string, string[]][] {
    if (!this.persist) return [];
    const summary = summaryOf(this.diaries, sinceDate(this.draft.t.since, this.today), this.today);
    return hasEntries(summary) ? summarySections(summary, [this.dateLocale]) : [];
  }

  /** Lines under the title: who the appointment is with, and when. */
  private header(): string[] {
    return sheetHeader(this.draft, this.dateLocale);
  }

  private ready(): [string, string[]][] | undefined {
    const sections = this.sections();
    if (sections.length) return sections;
    this.status = 'empty';
    return undefined;
  }

  private emit(format: 'print' | 'download' | 'calendar'): void {
    this.dispatchEvent(new CustomEvent('ms-appointment-prep-export', {detail: {format}, bubbles: true, composed: true}));
  }

  /** Prints a clean one-page summary (nothing when the sheet is empty). */
  print(): PrintJob | undefined {
    return this.inOwnLanguage(() => this.printNow());
  }

  private printNow(): PrintJob | undefined {
    const sections = this.ready();
    if (!sections) return undefined;
    const title = msg('Notes for my appointment');
    const job = printSummary(
      title,
      this.locale,
      this.direction,
      (doc) => {
        const root = doc.createElement('main');
        const add = (tag: string, text: string, parent: Element = root) =>
          parent.appendChild(Object.assign(doc.createElement(tag), {textContent: text}));
        add('h1', title);
        for (const line of this.header()) add('p', line);
        for (const [heading, items] of sections) {
          add('h2', heading);
          const list = add('ul', '');
          for (const item of items) add('li', item, list);
        }
        add('p', this.note()).className = 'small';
        return root;
      },
      this.printer
    );
    this.emit('print');
    return job;
  }

  /** Saves the sheet as a text file made in the browser; returns the file (nothing when empty). */
  download(): Blob | undefined {
    return this.inOwnLanguage(() => this.downloadNow());
  }

  private downloadNow(): Blob | undefined {
    const sections = this.ready();
    if (!sections) return undefined;
    const text = [
      msg('Notes for my appointment'),
      ...this.header(),
      '',
      ...sections.flatMap(([heading, items]) => [heading, ...items.map((i) => `- ${i}`), '']),
      this.note(),
      '',
    ].join('\n');
    const blob = downloadText(`${msg('appointment-notes', {desc: 'File name, without .txt'})}.txt`, text);
    this.status = 'saved';
    this.emit('download');
    return blob;
  }

  /**
   * Downloads an .ics calendar file for the appointment's date and time, made
   * in the browser. Returns the file, or nothing (and says why) when the date
   * or the time is missing.
   */
  downloadReminder(): Blob | undefined {
    return this.inOwnLanguage(() => {
      const {date = '', time = '', who = ''} = this.draft.t;
      const text = reminderIcs(date, time, who, this.languageTag || this.locale);
      this.reminder = text ? 'saved' : 'missing';
      // Without a date and time the status line says what is missing; focus
      // stays on the button, so nothing moves under the reader's pointer.
      if (!text) return undefined;
      const name = `${msg('appointment', {desc: 'Calendar file name, without .ics'})}.ics`;
      const blob = downloadText(name, text, document, 'text/calendar;charset=utf-8');
      this.emit('calendar');
      return blob;
    });
  }

  /** The reminder's status line, as tall as its longest message from the start (nothing below it moves). */
  private reminderStatus(): TemplateResult {
    const saved = msg('The reminder is saved as a calendar file, in your downloads. Open it to add it to your calendar.');
    const missing = msg('Write the date and the time of the appointment first.');
    const shown = this.reminder === 'saved' ? saved : this.reminder === 'missing' ? missing : '';
    return sameSize(shown, saved.length >= missing.length ? saved : missing);
  }

  /**
   * Deletes everything this library stored in this browser (every `ms-widgets:`
   * key: this draft, the colour diary, the warning signs, journal entries...).
   * The page's widgets forget what they hold too. Returns how many keys went.
   */
  forgetEverything(): number {
    const removed = forgetEverything(this);
    this.draft = empty();
    this.diaries = {};
    return removed;
  }

  /** Empties the sheet and removes any saved draft. */
  clear(): void {
    this.draft = empty();
    this.stored.clear();
    if (this.confirmClear.pending) this.confirmClear.confirm();
  }

  private note(): string {
    return msg('This sheet is to help the conversation. It is not a diagnosis.');
  }

  private ask(): void {
    this.status = '';
    this.confirmClear.ask('all', () => this.renderRoot.querySelector<HTMLElement>('#clear'));
  }

  private clearConfirmed(): void {
    this.clear();
    this.status = 'cleared';
  }

  private askForget(): void {
    this.status = '';
    this.confirmClear.ask('everything', () => this.renderRoot.querySelector<HTMLElement>('#forget'));
  }

  private forgetConfirmed(): void {
    this.confirmClear.confirm();
    this.forgetEverything();
    this.status = 'forgotten';
  }

  private field(name: string, label: string, hint?: string) {
    return html`<div class="field" part="field">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
      <textarea
        id=${name}
        name=${name}
        rows="3"
        aria-describedby=${hint ? `${name}-hint` : nothing}
        .value=${live(this.draft.t[name] ?? '')}
        @input=${this.onText}
      ></textarea>
    </div>`;
  }

  private box(value: string, text: string) {
    return html`<label class="check">
      <input type="checkbox" .value=${value} .checked=${live(this.draft.c.includes(value))} @change=${this.onCheck} />
      <span>${text}</span>
    </label>`;
  }

  private group(legend: string, group: string, choices: Choice[], after: unknown) {
    return html`<fieldset>
      <legend>${legend}</legend>
      ${choices.map((x) => this.box(`${group}:${x.id}`, x.text))} ${after}
    </fieldset>`;
  }

  protected override renderContent() {
    const {t} = this.draft;
    const signs = this.signs.length ? this.signTexts() : [];
    const n = signs.length;
    const count = new Intl.NumberFormat(this.locale).format(n);
    return html`
      ${this.renderTitle(msg('Get ready for your appointment'))}
      <p>
        ${msg(
          'Tell your neurologist or therapist about the numbness. Don’t just say “I’m fine”. Write a few notes here, then print them or save them.'
        )}
      </p>
      <p>
        ${this.stored.failed
          ? msg('This browser did not let us save your notes. Print or download them before you leave this page.')
          : this.persist
          ? msg('What you write is kept only in this browser, on this device, until you clear it.')
          : msg('Nothing is saved or sent. If you leave this page, your notes are gone, so print or download them first.')}
      </p>

      <div class="field" part="field">
        <label for="who">${msg('Who is the appointment with? (you can leave this empty)')}</label>
        <input id="who" name="who" type="text" autocomplete="off" .value=${live(t.who ?? '')} @input=${this.onText} />
      </div>
      <div class="field" part="field">
        <label for="date">${msg('Date of the appointment (you can leave this empty)')}</label>
        <input id="date" name="date" type="date" ?data-empty=${!t.date} .value=${live(t.date ?? '')} @input=${this.onText} />
      </div>
      <div class="field" part="field">
        <label for="time">${msg('Time of the appointment (you can leave this empty)')}</label>
        <input id="time" name="time" type="time" .value=${live(t.time ?? '')} @input=${this.onText} />
      </div>
      <div class="reminder" part="reminder">
        <button class="button secondary" type="button" @click=${() => this.downloadReminder()}>
          ${msg('Add a reminder to my calendar')}
        </button>
        <p role="status">${this.reminderStatus()}</p>
      </div>

      ${this.field(
        'changes',
        msg('What has changed in how you react to things?'),
        msg('For example: “I used to cry at films. Now I feel blank.” Use your own words.')
      )}
      ${this.group(
        msg('Which medicines do you take?'),
        'med',
        medications().map(({id, name}) => ({id, text: name})),
        this.field('meds', msg('Other medicines, or anything you noticed about your medicines'))
      )}
      ${this.group(
        msg('Did it begin after something?'),
        'began',
        beganAfter(),
        this.field('when', msg('When did it start? What was happening then?'))
      )}
      ${n
        ? html`<div class="panel" part="signs">
            ${this.box(
              'signs',
              plural(this.locale, n, {
                zero: () => msg(str`Add the ${count} warning signs I ticked on this page`, {id: 'appointment-prep.add-signs.zero'}),
                one: () => msg(str`Add the warning sign I ticked on this page`, {id: 'appointment-prep.add-signs.one'}),
                two: () => msg(str`Add the ${count} warning signs I ticked on this page`, {id: 'appointment-prep.add-signs.two'}),
                few: () => msg(str`Add the ${count} warning signs I ticked on this page`, {id: 'appointment-prep.add-signs.few'}),
                many: () => msg(str`Add the ${count} warning signs I ticked on this page`, {id: 'appointment-prep.add-signs.many'}),
                other: () => msg(str`Add the ${count} warning signs I ticked on this page`, {id: 'appointment-prep.add-signs.other'}),
              })
            )}
            <ul>
              ${signs.map((s) => html`<li>${s}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.persist
        ? renderSincePanel({
            sections: this.sinceSections(),
            since: sinceDate(t.since, this.today),
            today: this.today,
            included: !this.draft.c.includes('since:out'),
            onSince: this.onText,
            onInclude: this.onInclude,
            headingLevel: Math.min(6, this.level + 1),
          })
        : nothing}
      ${this.group(
        msg('Questions you could ask'),
        'q',
        questions(),
        this.field('ask', msg('Your own questions'))
      )}

      <p><strong>${msg('Do not stop or change a medicine on your own. Talk to your doctor first.')}</strong></p>
      <p part="note">${this.note()}</p>

      <div class="actions" part="actions">
        <button class="button" type="button" @click=${() => this.print()}>${msg('Print my notes')}</button>
        <button class="button secondary" type="button" @click=${() => this.download()}>
          ${msg('Download as a text file')}
        </button>
        ${isEmpty(this.draft)
          ? nothing
          : html`<button id="clear" class="button secondary" type="button" @click=${this.ask}>${msg('Clear my notes')}</button>`}
        ${this.persist
          ? html`<button id="forget" class="button secondary" type="button" @click=${this.askForget}>
              ${msg('Delete everything saved on this device')}
            </button>`
          : nothing}
      </div>
      ${this.confirmClear.pending === 'everything'
        ? renderConfirm({
            id: 'forget-q',
            question: msg(
              'Delete everything these tools saved in this browser? This includes your notes, your colour diary and your ticked signs. You cannot undo this.'
            ),
            keep: msg('No, keep it'),
            destroy: msg('Yes, delete everything'),
            onKeep: () => this.confirmClear.cancel(),
            onDestroy: () => this.forgetConfirmed(),
          })
        : nothing}
      ${this.confirmClear.pending === 'all'
        ? renderConfirm({
            id: 'confirm-q',
            question: msg('Clear everything on your sheet? You cannot undo this.'),
            keep: msg('No, keep it'),
            destroy: msg('Yes, clear it'),
            onKeep: () => this.confirmClear.cancel(),
            onDestroy: () => this.clearConfirmed(),
          })
        : nothing}
      <p class="visually-hidden" role="status">
        ${this.status === 'empty'
          ? msg('There is nothing on your sheet yet. Write or tick something first.')
          : this.status === 'saved'
            ? msg('Your notes are saved as a text file, in your downloads.')
            : this.status === 'cleared'
              ? msg('Your sheet is cleared.')
              : this.status === 'forgotten'
                ? msg('Everything these tools saved in this browser is deleted.')
                : ''}
      </p>
      ${inlineCrisisHelp(this.crisis, this.locale, this.dateLocale)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-appointment-prep': MsAppointmentPrep;
  }
}
