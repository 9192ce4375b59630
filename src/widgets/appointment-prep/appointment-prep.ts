import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {controlStyles} from '../../core/control-styles.js';
import {fieldStyles} from '../../core/field-styles.js';
import {downloadText} from '../../parts/download.js';
import {msg} from '../../core/localize.js';
import {printSummary, type PrintJob} from '../../parts/print.js';
import {PersistedState} from '../../behaviors/persisted-state.js';
import {DocumentListener} from '../../behaviors/document-listener.js';
import {forgetEverything} from '../../behaviors/forget.js';
import type {Stored} from './since.js';
import {confirmPart, loadSince, signsPart, sinceCode} from './lazy.js';
import {reminderIcs} from './reminder.js';
import {TickedSignsController} from './ticked-signs.js';
import {beganAfter, medicines, questions} from './content.js';
import {actionsRow, intro, showDraft, statusText, textField, tickGroup, whoAndWhen, type FormHandlers, type ReminderStatus, type SheetStatus} from './form.js';
import {Announcer} from '../../behaviors/announcer.js';
import {empty, isDraft, isEmpty, sheetDocument, sheetHeader, sheetSections, sheetText, type Draft, type Section} from './sheet.js';
import {CrisisCountry, crisisHelpStyles, inlineCrisisHelp} from '../../parts/inline-crisis-help.js';
import {translations} from '../../generated/translations/appointment-prep.js';
import {appointmentPrepStyles} from './appointment-prep.styles.js';


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
    crisisHelpStyles,
    fieldStyles,
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
  private readonly ticked = new TickedSignsController(this, () => this.onStoresChanged());
  /** Says what print, download, clear or delete did (a key; its text is made when rendering). */
  private readonly status = new Announcer<Exclude<SheetStatus, ''>>(this, (s) => statusText(s) ?? confirmPart.code()!.doneText(s));
  /** What the reminder line says. */
  @state() private reminder: ReminderStatus = '';
  /** What the other widgets' dated stores hold (read only with `persist`). */
  @state() private diaries: Stored = {};

  private readonly stored = new PersistedState<Draft>(this, {
    name: 'appointment-prep',
    version: 1,
    isValid: isDraft,
    enabled: () => this.persist,
    load: loadSince,
    restore: (saved) => {
      // What the reader wrote before `persist` was added wins over an older draft.
      if (isEmpty(this.draft)) this.draft = saved ?? empty();
      else this.stored.save(this.draft);
      this.diaries = sinceCode()?.readStores(this) ?? {};
    },
    // Everything the library stored was deleted (here or by another sheet): forget the draft too.
    forget: () => {
      this.draft = empty();
      this.diaries = {};
    },
  });
  /**
   * "Are you sure?" before clearing the sheet (`all`) or deleting everything
   * stored (`everything`). Its code and styles come when a delete button is
   * first shown (lazy.ts); until the first question it is undefined.
   */
  private questions?: InstanceType<NonNullable<ReturnType<typeof confirmPart.code>>['SheetQuestions']>;
  /** The question's code could not be loaded (offline): a line says so, and nothing is deleted. */
  @state() private confirmFailed = false;
  private confirmPrefetch?: Promise<unknown>;
  /** @internal Reads the stores again when a mood diary on the page changes. */
  protected readonly moodChanges = new DocumentListener(this, 'ms-mood-change', () => this.onStoresChanged());

  /** A diary on the page changed: read the stores again (they are the channel, never the other widget's DOM). */
  private readonly onStoresChanged = (): void => {
    const since = sinceCode();
    if (this.persist && since) this.diaries = since.readStores(this);
  };

  private setDraft(draft: Draft): void {
    this.draft = draft;
    this.status.clear();
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

  /**
   * The text of the ticked warning signs, in the page's list order: the
   * article's in this sheet's language, or (until the offer's code is here)
   * the texts the checklist sent.
   */
  private signTexts(): string[] {
    const {signs} = this.ticked;
    return signsPart.code()?.signTexts(signs) ?? signs.map((s) => s.text).filter((text) => text.trim());
  }

  /** The summary's period and sections, once its code is here (only with `persist`). */
  private since() {
    const code = sinceCode();
    return this.persist && code ? code.sinceOf(this.diaries, this.draft.t.since, this.now(), [this.dateLocale]) : undefined;
  }

  /**
   * Makes the printed or downloaded sheet with `make` (its title, the lines
   * under it, the sections with empty parts left out, and the note, in the
   * widget's language) and tells the page. Nothing, and the status line says
   * why, when the sheet is empty.
   */
  private exported<T>(format: 'print' | 'download', make: (title: string, header: string[], sections: Section[], note: string) => T): T | undefined {
    return this.inOwnLanguage(() => {
      const sections = sheetSections(this.draft, this.signTexts(), this.since()?.sections ?? []);
      if (!sections.length) return void this.status.say('empty');
      const made = make(msg('Notes for my appointment'), sheetHeader(this.draft, this.dateLocale), sections, this.note());
      this.emit(format);
      return made;
    });
  }

  private emit(format: 'print' | 'download' | 'calendar'): void {
    this.dispatchEvent(new CustomEvent('ms-appointment-prep-export', {detail: {format}, bubbles: true, composed: true}));
  }

  /** Prints a clean one-page summary (nothing when the sheet is empty). */
  print(): PrintJob | undefined {
    return this.exported('print', (title, header, sections, note) =>
      printSummary(title, this.locale, this.direction, (doc) => sheetDocument(doc, title, header, sections, note), this.printer)
    );
  }

  /** Saves the sheet as a text file made in the browser; returns the file (nothing when empty). */
  download(): Blob | undefined {
    return this.exported('download', (...sheet) => {
      const blob = downloadText(`${msg('appointment-notes', {desc: 'File name, without .txt'})}.txt`, sheetText(...sheet));
      this.status.say('saved');
      return blob;
    });
  }

  /**
   * Downloads an .ics calendar file for the appointment's date and time, made
   * in the browser. Returns the file at once, or nothing (and the line under
   * the button says what is missing) when the date or the time is missing.
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
    // An open question is answered by this (the focus then goes to the first box).
    if (this.questions?.controller.pending) this.questions.controller.confirm();
  }

  private note(): string {
    return msg('This sheet is to help the conversation. It is not a diagnosis.');
  }

  /**
   * Opens the question before clearing (`all`) or deleting everything: at
   * once when its code is here (it is fetched when a delete button is first
   * shown), else as soon as it has arrived; offline a line says nothing was deleted.
   */
  private ask(which: 'all' | 'everything'): void {
    this.status.clear();
    const open = (code: NonNullable<ReturnType<typeof confirmPart.code>>) => {
      this.confirmFailed = false;
      (this.questions ??= new code.SheetQuestions(this)).ask(which);
    };
    const code = confirmPart.code();
    if (code) open(code);
    else void confirmPart.load().then((loaded) => (loaded ? open(loaded) : (this.confirmFailed = true)));
  }

  /** A question was answered yes: clear the sheet (`all`), or delete everything stored. */
  private readonly destroy = (which: 'all' | 'everything'): void => {
    if (which === 'all') this.clear();
    else this.forgetEverything();
    this.status.say(which === 'all' ? 'cleared' : 'forgotten');
  };

  /** Every box shows the draft, also one cleared or restored while Lit's last value was the same (what `live()` does). */
  protected override updated(): void {
    showDraft(this.renderRoot, this.draft);
    // A delete button is shown: fetch its question now, so it opens at once when pressed.
    if (this.persist || !isEmpty(this.draft)) this.confirmPrefetch ??= confirmPart.load();
  }

  /** The form's handlers, bound once. */
  private readonly on: FormHandlers = {onText: (e) => this.onText(e), onCheck: (e) => this.onCheck(e)};

  protected override renderContent() {
    const since = this.since();
    const on = this.on;
    return html`
      ${this.renderTitle(msg('Get ready for your appointment'))}
      ${intro(this.stored.failed, this.persist, sinceCode()?.keptLine())}
      ${whoAndWhen(this.draft, on, this.reminder, () => this.downloadReminder())}
      ${textField(
        on,
        'changes',
        msg('What has changed in how you react to things?'),
        msg('For example: “I used to cry at films. Now I feel blank.” Use your own words.')
      )}
      ${tickGroup(
        on,
        msg('Which medicines do you take?'),
        'med',
        medicines(),
        textField(on, 'meds', msg('Other medicines, or anything you noticed about your medicines'))
      )}
      ${tickGroup(
        on,
        msg('Did it begin after something?'),
        'began',
        beganAfter(),
        textField(on, 'when', msg('When did it start? What was happening then?'))
      )}
      ${this.ticked.signs.length ? signsPart.code()?.signsOffer(on, this.locale, this.signTexts()) : nothing}
      ${since
        ? sinceCode()!.renderSincePanel({
            ...since,
            included: !this.draft.c.includes('since:out'),
            onSince: on.onText,
            onInclude: this.onInclude,
            headingLevel: Math.min(6, this.level + 1),
          })
        : nothing}
      ${tickGroup(on, msg('Questions you could ask'), 'q', questions(), textField(on, 'ask', msg('Your own questions')))}

      <p><strong>${msg('Do not stop or change a medicine on your own. Talk to your doctor first.')}</strong></p>
      <p part="note">${this.note()}</p>

      ${actionsRow(this.persist, !isEmpty(this.draft), {
        print: () => this.print(),
        download: () => this.download(),
        clear: () => this.ask('all'),
        forget: () => this.ask('everything'),
      })}
      ${this.questions?.render(this.destroy) ?? nothing}
      ${this.confirmFailed ? html`<p role="alert">${msg('Nothing was deleted. This could not load. Check your connection and try again.')}</p>` : nothing}
      ${this.status.render('visually-hidden')}
      ${inlineCrisisHelp(this.crisis, this.locale, this.dateLocale)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-appointment-prep': MsAppointmentPrep;
  }
}
