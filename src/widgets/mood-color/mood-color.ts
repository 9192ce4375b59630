import {html, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {warnElement} from '../../core/attributes.js';
import {msg} from '../../core/localize.js';
import type {MoodDay, MoodDiary} from '../../behaviors/diary-data.js';
import {moodColors} from './content.js';
import {translations} from '../../generated/translations/mood-color.js';
import {fieldStyles} from '../../core/field-styles.js';
import {moodColorStyles} from './mood-color.styles.js';
import type {MoodStorage} from './mood-storage.js';

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

  static override styles = [...MsHeadedElement.styles, fieldStyles, moodColorStyles];

  /** Keep a private diary in this browser (never sent anywhere). */
  @property({type: Boolean, reflect: true}) persist = false;

  /**
   * Returns the current date. Replace it to show another day (used by tests).
   * @internal
   */
  now: () => Date = () => new Date();

  /**
   * Loads the diary's code (mood-storage.ts and the storage code). Tests
   * replace it to play a reader who went offline.
   * @internal
   */
  static loadDiary = () => Promise.all([import('./mood-storage.js'), import('../../behaviors/stored-state.js')]);

  @state() private diary: MoodDiary = {};

  /**
   * The diary's storage and strip (mood-storage.ts, with the storage code),
   * loaded the first time `persist` is set; false when it could not be loaded.
   */
  private stored?: MoodStorage | false;

  /** The colour id chosen for today, or null. */
  get color(): string | null {
    return this.diary[this.today]?.c ?? null;
  }

  /** The word for today ('' when none). */
  get word(): string {
    return this.diary[this.today]?.w ?? '';
  }

  /** Today's local date, `YYYY-MM-DD` (the diary's key, as dateKey() in behaviors/diary-data.ts writes it). */
  private get today(): string {
    const d = this.now();
    return new Date(+d - d.getTimezoneOffset() * 6e4).toISOString().slice(0, 10);
  }

  /**
   * With `persist`, the first update waits for the diary's code (its storage
   * and strip), so the first render with `persist` is already restored and
   * nothing jumps under the pointer; what the reader chose meanwhile is kept.
   * Offline: one warning, and the colours work for this visit.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.persist || this.stored !== undefined) return super.scheduleUpdate();
    return MsMoodColor.loadDiary()
      .then(
        ([code]) => {
          this.stored = new code.MoodStorage(this, {
            get: () => this.diary,
            set: (diary) => (this.diary = diary),
            today: () => this.today,
            emit: (color) => this.emit(color),
          });
        },
        () => {
          this.stored = false;
          warnElement(this, 'storage-load', 'could not load its storage code, so answers will not be kept.');
        }
      )
      .then(() => this.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!changed.has('persist') || this.persist) return;
    // Without `persist` only today is shown.
    const current = this.diary[this.today];
    this.diary = current ? {[this.today]: current} : {};
  }

  /** Keeps the diary (with `persist`: a year of it). Without `persist` the diary holds only today, in memory. */
  private save(): void {
    if (this.stored) this.stored.save();
  }

  private setToday(change: MoodDay): void {
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

  protected override renderContent() {
    const colors = moodColors();
    const today = this.today;
    const entry = this.diary[today] ?? {};
    const store = this.persist ? this.stored : undefined;
    const view = store || undefined;
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
        ${store === false || view?.state.failed
          ? msg('This browser did not let us save your colours. They will be gone when you leave this page.')
          : view
            ? view.keptText()
            : msg('Nothing is saved. Your choice goes away when you leave this page.')}
      </p>
      ${view
        ? view.render({diary: this.diary, colors, today, level: this.level, locale: this.locale, tag: this.languageTag})
        : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-mood-color': MsMoodColor;
  }
}
