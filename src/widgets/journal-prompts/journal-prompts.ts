import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {MsHeadedElement} from '../../core/base-element.js';
import {buttonStyles} from '../../core/button-styles.js';
import {panelBoxStyles} from '../../core/panel-styles.js';
import {textBlob} from '../../parts/text-blob.js';
import {parseText, warnElement} from '../../core/attributes.js';
import {msg, str} from '../../core/localize.js';
import type {Writer} from './writer.js';
import {loadWriting, writingModule} from './load-writing.js';
import {prompts} from '../../content/journal-prompts.js';
import {translations} from '../../generated/translations/journal-prompts.js';
import {journalPromptsStyles} from './journal-prompts.styles.js';
import {cachedIntl} from '../../core/intl.js';
import {stackStyles} from '../../parts/stack.js';

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
  /**
   * The reader's writing, its storage and its deletion (writer.ts, with the
   * box): made once the journal has `writing` or `persist` and that code is
   * here. The first paint of a journal without them carries none of it.
   */
  private writer?: Writer;
  /** That code could not be loaded (offline): not asked for again. */
  private writingFailed = false;

  /**
   * With `writing` or `persist`, the first render waits for the writer's code
   * (so the box, and what was saved, are there at once and nothing jumps);
   * offline, the journal renders with a line that says so.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!(this.writing || this.persist) || this.writer || this.writingFailed) return super.scheduleUpdate();
    const code = writingModule();
    if (!code)
      return loadWriting().then((late) => {
        this.writingFailed = !late;
        if (!late && this.persist) this.warnOffline();
        return this.scheduleUpdate();
      });
    this.writer = new code.Writer(this, (id) => {
      const ids = this.inOwnLanguage(prompts).map((p) => p.id);
      if (id !== undefined) this.index = Math.max(0, ids.indexOf(id));
      return ids[this.index]!;
    });
    // Again, through the storage's own wait (the writer's PersistedState wraps this method).
    return this.scheduleUpdate();
  }

  /** Shows the next prompt (after the last one, the first again). */
  nextPrompt(): void {
    this.index = (this.index + 1) % this.inOwnLanguage(prompts).length;
    this.writer?.moved();
  }

  /**
   * Downloads every prompt followed by the reader's writing, as a text file
   * made in the browser. Returns the file at once; the code that saves it
   * comes with the box, so without `writing` it is saved once that has loaded.
   */
  download(): Blob {
    return this.inOwnLanguage(() => {
      const date = new Intl.DateTimeFormat(this.dateLocale, {dateStyle: 'long'}).format(new Date());
      const parts = [parseText(this, 'heading', this.heading) ?? this.defaultTitle(), date];
      for (const prompt of prompts()) parts.push(`${prompt.text}\n${this.writer?.texts[prompt.id]?.trim() ?? ''}`);
      const name = `${msg('my-journal', {desc: 'Name of the downloaded file, without ".txt".'})}.txt`;
      const blob = textBlob(`${parts.join('\n\n')}\n`);
      const code = writingModule();
      if (code) code.saveBlob(name, blob);
      else
        void loadWriting().then((late) => (late ? late.saveBlob(name, blob) : this.warnOffline()));
      return blob;
    });
  }

  /** Deletes all the reader's writing, also from storage. */
  deleteWriting(): void {
    this.writer?.delete();
  }

  /** The writer's code could not be loaded: nothing is kept, and a download is not saved. */
  private warnOffline(): void {
    warnElement(this, 'writer-load', 'could not load its writing code (offline?), so nothing is kept or downloaded.');
  }

  private defaultTitle(): string {
    return msg('Prompts for your journal');
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
      ${this.writing && this.writer
        ? this.writer.render(() => this.download())
        : html`<p>${msg('Think about it, or write in a notebook. There is no right or wrong answer.')}</p>
            ${this.writing ? html`<p role="status">${msg('This could not load. Check your connection and try again.')}</p>` : nothing}`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ms-journal-prompts': MsJournalPrompts;
  }
}
