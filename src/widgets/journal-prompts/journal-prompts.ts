import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {buttonStyles} from '../../core/button-styles.js';
import {panelBoxStyles} from '../../core/panel-styles.js';
import {downloadText} from '../../parts/download.js';
import {parseText} from '../../core/attributes.js';
import {msg, str} from '../../core/localize.js';
import {PersistedState} from '../../behaviors/persisted-state.js';
import type {ConfirmController} from '../../behaviors/confirm.js';
import {deleteModule, loadDelete} from './load-delete.js';
import {loadWriting, writingModule} from './load-writing.js';
import {prompts} from '../../content/journal-prompts.js';
import {translations} from '../../generated/translations/journal-prompts.js';
import {journalPromptsStyles} from './journal-prompts.styles.js';
import {cachedIntl} from '../../core/intl.js';
import {stackStyles} from '../../parts/stack.js';

interface Saved {
  /** The prompt the reader was on. */
  p: string;
  /** The reader's writing, per prompt id. */
  t: Record<string, string>;
}

const isSaved = (data: unknown): data is Saved => {
  const d = data as Saved | null;
  return (
    !!d &&
    typeof d.p === 'string' &&
    !!d.t &&
    typeof d.t === 'object' &&
    !Array.isArray(d.t) &&
    Object.values(d.t).every((text) => typeof text === 'string')
  );
};

/** How long typing must pause before the writing is saved (with `persist`). */
const SAVE_DELAY = 600;

/**
 * The article's journaling prompts, one at a time. With `writing`, the reader
 * can write an answer to each prompt in a private box: the text of every
 * prompt is kept while they switch prompts, can be downloaded as a text file
 * made in the browser, and is never sent anywhere.
 *
 * @tagname ms-journal-prompts
 * @summary Gentle journaling prompts, with an optional private writing box.
 *
 * @attr writing - Show a private writing box for each prompt.
 * @attr persist - Keep the reader's writing in this browser until they delete it.
 *   Without it nothing is stored, and the writing is gone when the page is left.
 * @attr heading - Replaces the title text.
 * @attr heading-level - Level of the title, 1 to 6 (default 2).
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the widget (default: the nearest `lang` on the page).
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The title.
 * @csspart intro - The line under the title.
 * @csspart prompt - The prompt being shown (with its count).
 * @csspart next-button - "Another prompt".
 * @csspart textarea - The writing box.
 * @csspart privacy - The line that says where the writing is kept.
 * @csspart actions - The Download and Delete buttons.
 * @csspart confirm - The "Delete everything you wrote?" question.
 *
 * @cssprop --ms-accent - Brand colour.
 * @cssprop --ms-text - Text colour (default: inherited).
 * @cssprop --ms-surface - Background of the prompt.
 * @cssprop --ms-border - Borders of the prompt and the writing box.
 * @cssprop --ms-radius - Corner radius.
 * @cssprop --ms-font-family - Font (default: inherited).
 */
export class MsJournalPrompts extends MsHeadedElement {
  static override translations = translations;

  static override styles = [
    ...MsHeadedElement.styles,
    panelBoxStyles,
    buttonStyles,
    stackStyles,
    journalPromptsStyles,
  ];

  /** Show a private writing box for each prompt. */
  @property({type: Boolean, reflect: true}) writing = false;

  /** Keep the reader's writing in this browser until they delete it. */
  @property({type: Boolean, reflect: true}) persist = false;

  @state() private index = 0;
  @state() private texts: Record<string, string> = {};
  /** The writing box's status line: a key, whose text is made when rendering, in the widget's language. */
  @state() private status: '' | 'deleted' | 'unavailable' = '';
  /** The writing box's code (writing.ts) could not be loaded (offline): not asked for again. */
  private writingFailed = false;

  private readonly stored = new PersistedState<Saved>(this, {
    name: 'journal-prompts',
    version: 1,
    isValid: isSaved,
    enabled: () => this.persist,
    restore: (saved) => {
      if (saved) {
        // Anything typed before `persist` was added is kept too.
        this.texts = {...saved.t, ...this.filled()};
        if (!this.dirty) this.index = Math.max(0, this.inOwnLanguage(prompts).findIndex((p) => p.id === saved.p));
      }
      if (this.dirty) this.scheduleSave();
    },
    // Everything stored was deleted from this page: what was written goes too.
    forget: () => {
      clearTimeout(this.timer);
      this.dirty = false;
      this.texts = {};
    },
  });
  /**
   * "Delete everything you wrote here?": its code (delete-confirm.ts) is not
   * on the first paint; it is made once that code has arrived.
   */
  private confirmDelete?: ConfirmController<'all'>;
  /** "Delete my writing" was pressed while that code was still loading. */
  private asking?: Promise<void>;
  private prefetched = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** Whether this widget has changes that are not saved yet (so a second copy on the page never saves stale text). */
  private dirty = false;
  private readonly flush = () => this.save();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.flush);
  }

  override disconnectedCallback(): void {
    this.save();
    removeEventListener('pagehide', this.flush);
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // With a writing box on screen, the delete confirmation is fetched while the reader reads.
    if (!this.writing || this.prefetched) return;
    this.prefetched = true;
    const idle = (globalThis as {requestIdleCallback?: (fn: () => void, o: object) => void}).requestIdleCallback;
    const load = () => void loadDelete();
    if (idle) idle(load, {timeout: 3000});
    else setTimeout(load, 1000);
  }

  /**
   * With `writing`, the first render that shows the box waits for its code
   * (writing.ts, not on the first paint of a journal without `writing`), so
   * nothing jumps; offline, the journal renders with a line that says so.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.writing || writingModule() || this.writingFailed) return super.scheduleUpdate();
    return loadWriting().then((code) => {
      this.writingFailed = !code;
      return super.scheduleUpdate();
    });
  }

  /** Resolves after any pending translation load, the delete confirmation asked for, and the next render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.asking) {
      await this.asking;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** "Delete my writing": asks first, in the page (once its code is here; offline, the status line says so). */
  private askDelete(): void {
    this.status = '';
    const ask = (code = deleteModule()): void => {
      if (!code) return void (this.status = 'unavailable');
      this.confirmDelete ??= code.deleteConfirm(this, {
        afterConfirm: () => this.renderRoot.querySelector<HTMLElement>('#writing'),
        fallback: () => this.renderRoot.querySelector<HTMLElement>('#delete'),
      });
      this.confirmDelete.ask('all', () => this.renderRoot.querySelector<HTMLElement>('#delete'));
    };
    if (deleteModule()) return ask();
    this.asking ??= loadDelete().then((code) => {
      this.asking = undefined;
      if (this.isConnected) ask(code);
    });
  }

  /** The writing that is not empty. */
  private filled(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.texts).filter(([, text]) => text.trim()));
  }

  /** Shows the next prompt (after the last one, the first again). */
  nextPrompt(): void {
    this.index = (this.index + 1) % this.inOwnLanguage(prompts).length;
    this.status = '';
    this.scheduleSave();
  }

  /**
   * Every keystroke is copied into `texts` and re-rendered, so the value Lit
   * last set always matches the box; switching prompts then shows the other
   * prompt's text (no `live()` directive needed).
   */
  private onInput(id: string, text: string): void {
    this.texts = {...this.texts, [id]: text};
    this.status = '';
    this.scheduleSave();
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (!this.stored.enabled) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, SAVE_DELAY);
  }

  /** Saves now (only with `persist`). */
  private save(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.stored.enabled || !this.dirty) return;
    this.dirty = false;
    const t = this.filled();
    // Nothing written: nothing kept (not even which prompt was open).
    if (!Object.keys(t).length) return this.stored.clear();
    this.stored.save({p: this.inOwnLanguage(prompts)[this.index]!.id, t});
  }

  /**
   * Downloads every prompt followed by the reader's writing, as a text file
   * made in the browser. Returns the file.
   */
  download(): Blob {
    return this.inOwnLanguage(() => {
      const date = new Intl.DateTimeFormat(this.dateLocale, {dateStyle: 'long'}).format(new Date());
      const parts = [parseText(this, 'heading', this.heading) ?? this.defaultTitle(), date];
      for (const prompt of prompts()) parts.push(`${prompt.text}\n${this.texts[prompt.id]?.trim() ?? ''}`);
      return downloadText(`${msg('my-journal', {desc: 'Name of the downloaded file, without ".txt".'})}.txt`, `${parts.join('\n\n')}\n`);
    });
  }

  /** Deletes all the reader's writing, also from storage. */
  deleteWriting(): void {
    clearTimeout(this.timer);
    this.dirty = false;
    this.texts = {};
    this.stored.clear();
    if (this.confirmDelete?.pending) this.confirmDelete.confirm();
    this.status = 'deleted';
  }

  private defaultTitle(): string {
    return msg('Prompts for your journal');
  }

  private renderWriting(id: string) {
    const code = this.writing && writingModule();
    if (!code)
      return html`<p>${msg('Think about it, or write in a notebook. There is no right or wrong answer.')}</p>
        ${this.writing ? html`<p role="status">${msg('This could not load. Check your connection and try again.')}</p>` : nothing}`;
    return code.renderWriting(this, {
      text: this.texts[id] ?? '',
      failed: this.stored.failed,
      persist: this.persist,
      status: this.status,
      question: this.confirmDelete?.pending
        ? deleteModule()!.renderDeleteConfirm(
            () => this.confirmDelete?.cancel(),
            () => this.deleteWriting()
          )
        : undefined,
      onInput: (text) => this.onInput(id, text),
      onChange: this.flush,
      download: () => this.download(),
      ask: () => this.askDelete(),
    });
  }

  protected override renderContent() {
    const all = prompts();
    const format = cachedIntl(Intl.NumberFormat, this.locale);
    // The prompt shown (first, so its live region stays the same element), and every other one as an
    // invisible sizer in the same cell (so nothing below moves when the prompt changes).
    const renderPrompt = (prompt: (typeof all)[number], i: number) => {
      const count = html`<p>${msg(str`Prompt ${format.format(i + 1)} of ${format.format(all.length)}`)}</p>`;
      const hint = prompt.hint ? html`<p>${prompt.hint}</p>` : nothing;
      return i === this.index
        ? html`<div class="prompt panel" part="prompt" role="status" aria-atomic="true">
            ${count}
            ${this.writing
              ? html`<label class="text" for="writing">${prompt.text}</label>`
              : html`<span class="text">${prompt.text}</span>`}
            ${hint}
          </div>`
        : html`<div class="prompt panel sizer" aria-hidden="true">${count}<span class="text">${prompt.text}</span>${hint}</div>`;
    };
    return html`
      ${this.renderTitle(this.defaultTitle())}
      <p part="intro">${msg('Take one prompt at a time. These are gentle questions. You don’t have to force a feeling.')}</p>
      <div class="stack">
        ${renderPrompt(all[this.index]!, this.index)}
        ${all.map((prompt, i) => (i === this.index ? nothing : renderPrompt(prompt, i)))}
      </div>
      <button type="button" class="button" part="next-button" @click=${() => this.nextPrompt()}>
        ${msg('Another prompt')}
      </button>
      ${this.renderWriting(all[this.index]!.id)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-journal-prompts': MsJournalPrompts;
  }
}
