import {html, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {panelStyles} from '../../core/panel-styles.js';
import {msg} from '../../core/localize.js';
import {PersistedState} from '../../behaviors/persisted-state.js';
import type {ConfirmController} from '../../behaviors/confirm.js';
import {addDays, dateKey, keepFrom, KEEP_DAYS, MOOD_DIARY, type MoodDay, type MoodDiary} from '../../behaviors/diary-data.js';
import {moodColors} from './content.js';
import {translations} from '../../generated/translations/mood-color.js';
import {moodColorStyles} from './mood-color.styles.js';

/** The diary strip's code: loaded only with `persist`, with the storage code (issue 18). */
let diaryView: typeof import('./diary-view.js') | undefined;
const loadDiaryView = () => import('./diary-view.js').then((code) => void (diaryView = code));

type Entry = MoodDay;
type Diary = MoodDiary;

/** Days shown in the strip. */
const DAYS = 30;
const ALL = '*';

/**
 * The article's "colour your emotional state (even if it's grey)": the reader
 * picks a named colour for today, greys included, and may add one word. With
 * `persist` the widget keeps a private colour diary on this device and shows
 * the last 30 days as a strip of named squares; every day, or all of them, can
 * be deleted. The diary keeps up to a year of days (the store described in
 * src/behaviors/diary.ts), so `ms-appointment-prep` can count the colours
 * since the last appointment.
 *
 * @tagname ms-mood-color
 * @summary Pick a colour for today's mood; an optional private colour diary.
 *
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2). The diary title is one level lower.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget and its dates (default: the nearest `lang` on the page).
 * @attr persist - Keep a private diary in this browser's local storage (never sent anywhere),
 *   for up to a year. Without it nothing is stored and only today's choice is shown.
 *
 * @fires ms-mood-change - The reader picked a colour for today, or deleted today.
 *   `detail: {date: string, color: string | null}`: the local date as `YYYY-MM-DD` and the
 *   colour id (`yellow`, `orange`, `red`, `pink`, `purple`, `blue`, `green`, `light-grey`,
 *   `grey`, `charcoal`), or null. The word for the day is never sent.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart palette - The group of colours.
 * @csspart option - One colour choice (its label).
 * @csspart swatch - A colour square, in the palette and in the diary.
 * @csspart word - The text box for a word.
 * @csspart diary - The list of saved days.
 * @csspart day - One saved day.
 * @csspart confirm - The "are you sure?" box before deleting.
 *
 * @cssprop --ms-accent - Brand colour for buttons and the chosen colour.
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of the choices and saved days.
 * @cssprop --ms-surface-strong - Background of the chosen colour.
 * @cssprop --ms-border - Borders of choices and colour squares.
 * @cssprop --ms-radius - Corner radius.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsMoodColor extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    panelStyles,
    moodColorStyles,
  ];

  /** Keep a private diary in this browser (never sent anywhere). */
  @property({type: Boolean, reflect: true}) persist = false;

  /**
   * Returns the current date. Replace it to show another day (used by tests).
   * @internal
   */
  now: () => Date = () => new Date();

  @state() private diary: Diary = {};
  /** What the live region says: '' , ALL (all deleted) or the date key just deleted. */
  @state() private deleted = '';

  private readonly stored = new PersistedState<Diary>(this, {
    ...MOOD_DIARY,
    enabled: () => this.persist,
    load: loadDiaryView,
    restore: (saved) => {
      const today = this.today;
      const current = this.diary[today];
      // What the reader chose before `persist` was added wins over what was saved.
      this.diary = {...saved, ...(current ? {[today]: current} : {})};
      if (current) this.save();
    },
    // Another widget deleted everything the library stored: forget the saved days too, so nothing comes back.
    forget: () => {
      const hadToday = !!this.color;
      this.diary = {};
      if (this.confirmDelete) this.confirmDelete.pending = undefined;
      if (hadToday) this.emit(null);
    },
  });
  /** The date waiting for "are you sure?", or ALL (made with the diary strip, which is the only place that asks). */
  private confirmDelete?: ConfirmController;

  /** The colour id chosen for today, or null. */
  get color(): string | null {
    return this.diary[this.today]?.c ?? null;
  }

  /** The word for today ('' when none). */
  get word(): string {
    return this.diary[this.today]?.w ?? '';
  }

  private get today(): string {
    return dateKey(this.now());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!changed.has('persist') || this.persist) return;
    // Without `persist` only today is shown.
    const current = this.diary[this.today];
    this.diary = current ? {[this.today]: current} : {};
  }

  private save(): void {
    // A year is kept for the appointment summary; the strip shows the last 30 days.
    this.diary = keepFrom(this.diary, addDays(this.today, 1 - (this.stored.enabled ? KEEP_DAYS : DAYS)));
    if (Object.keys(this.diary).length) this.stored.save(this.diary);
    else this.stored.clear();
  }

  private setToday(change: Entry): void {
    const today = this.today;
    const entry = {...this.diary[today], ...change};
    const diary = {...this.diary, [today]: entry};
    if (!entry.c && !entry.w) delete diary[today];
    this.diary = diary;
    this.save();
  }

  private emit(color: string | null): void {
    this.dispatchEvent(
      new CustomEvent('ms-mood-change', {detail: {date: this.today, color}, bubbles: true, composed: true})
    );
  }

  private onPick(e: Event): void {
    const id = (e.target as HTMLInputElement).value;
    this.setToday({c: id});
    this.emit(id);
  }

  private onWord(e: Event): void {
    this.setToday({w: (e.target as HTMLInputElement).value});
  }

  private ask(key: string, e: Event): void {
    this.deleted = '';
    this.confirmDelete?.ask(key, e.currentTarget as HTMLElement);
  }

  private confirm(): void {
    const key = this.confirmDelete?.confirm();
    if (!key) return;
    const hadToday = !!this.color;
    if (key === ALL) this.diary = {};
    else {
      const {[key]: _gone, ...rest} = this.diary;
      this.diary = rest;
    }
    this.deleted = key;
    this.save();
    if (hadToday && !this.color) this.emit(null);
  }

  protected override renderContent() {
    const colors = moodColors();
    const today = this.today;
    const entry = this.diary[today] ?? {};
    return html`
      ${this.renderTitle(msg('What colour is your mood today?'))}
      <p>${msg('Any colour is fine. Grey is fine too. There is no right answer.')}</p>
      <fieldset part="palette">
        <legend>${msg('Pick a colour for today')}</legend>
        <div class="grid">
          ${colors.map(
            (c) => html`<label class="option" part="option">
              <input type="radio" name="color" .value=${c.id} .checked=${entry.c === c.id} @change=${this.onPick} />
              <span class="swatch" part="swatch" .style=${`--c:${c.hex}`}></span>
              <span>${c.name}</span>
            </label>`
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="word">${msg('One word for today (you can leave this empty)')}</label>
        <input id="word" part="word" type="text" maxlength="40" autocomplete="off" .value=${entry.w ?? ''} @input=${this.onWord} />
      </div>
      <p>
        ${this.stored.failed
          ? msg('This browser did not let us save your colours. They will be gone when you leave this page.')
          : this.persist
          ? msg('Your colours are kept only in this browser, on this device. Nobody else sees them.')
          : msg('Nothing is saved. Your choice goes away when you leave this page.')}
      </p>
      ${this.persist && diaryView
        ? (this.confirmDelete ??= diaryView.diaryConfirm(this, {
            afterConfirm: () => this.renderRoot.querySelector<HTMLElement>('#diary'),
            fallback: () => this.renderRoot.querySelector<HTMLElement>('#diary'),
          })) &&
          diaryView.renderDiary({
            diary: this.diary,
            colors,
            today,
            oldest: addDays(today, 1 - DAYS),
            all: ALL,
            level: this.level,
            pending: this.confirmDelete.pending,
            locale: this.locale,
            tag: this.languageTag,
            ask: (key, e) => this.ask(key, e),
            keep: () => this.confirmDelete?.cancel(),
            destroy: () => this.confirm(),
          })
        : ''}
      <p class="visually-hidden" role="status">
        ${this.deleted && diaryView ? diaryView.deletedText(this.deleted, ALL, this.locale, this.languageTag) : ''}
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-mood-color': MsMoodColor;
  }
}
