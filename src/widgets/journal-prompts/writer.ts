/**
 * Everything the journal does with the reader's writing: the texts per
 * prompt, saving them with `persist` (a PersistedState), the delete flow and
 * saving the download. None of it is on the first paint (issue 18): it is
 * loaded with the box (load-writing.ts) when a journal has `writing` or
 * `persist`, before the first render that needs it, so nothing jumps. It
 * imports nothing from the widget's own chunk: the widget passes the one
 * thing it owns, which prompt is shown.
 */
import type {LitElement, ReactiveController} from 'lit';
import {PersistedState} from '../../behaviors/persisted-state.js';
import type {ConfirmController} from '../../behaviors/confirm.js';
import {deleteModule, loadDelete} from './load-delete.js';
import {renderWriting} from './writing.js';

export {saveBlob} from '../../parts/download.js';

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

/** The journal, as its writer sees it. */
type Journal = LitElement & {writing: boolean; persist: boolean};

/**
 * The prompt shown: with an id, shows that prompt (the first if it is gone);
 * returns the id of the prompt shown.
 */
type PromptAt = (id?: string) => string;

export class Writer implements ReactiveController {
  /** The reader's writing, per prompt id. */
  texts: Record<string, string> = {};
  /** "Delete my writing" was pressed while that code was still loading: the host's next update waits for it. */
  private asking?: Promise<void>;
  /** The status line: a key, whose text is made when rendering, in the widget's language. */
  private status: '' | 'deleted' | 'unavailable' = '';
  /**
   * "Delete everything you wrote here?": its code (delete-confirm.ts) comes
   * after the box; it is made once that code has arrived.
   */
  private confirmDelete?: ConfirmController<'all'>;
  private prefetched = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** Whether there are changes that are not saved yet (so a second copy on the page never saves stale text). */
  private dirty = false;
  private readonly flush = () => this.save();
  private readonly stored: PersistedState<Saved>;

  constructor(
    private readonly host: Journal,
    private readonly prompt: PromptAt
  ) {
    host.addController(this);
    // While the delete confirmation's code is coming, the host's update (and so its updateComplete) waits for it.
    const updating = host as unknown as {scheduleUpdate(): void | Promise<unknown>};
    const schedule = updating.scheduleUpdate.bind(host);
    updating.scheduleUpdate = () => (this.asking ? this.asking.then(schedule) : schedule());
    this.stored = new PersistedState<Saved>(host, {
      name: 'journal-prompts',
      version: 1,
      isValid: isSaved,
      enabled: () => host.persist,
      restore: (saved) => {
        if (saved) {
          // Anything typed before `persist` was added is kept too.
          this.texts = {...saved.t, ...this.filled()};
          if (!this.dirty) prompt(saved.p);
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
  }

  hostConnected(): void {
    addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    this.save();
    removeEventListener('pagehide', this.flush);
  }

  hostUpdated(): void {
    // With a writing box on screen, the delete confirmation is fetched while the reader reads.
    if (!this.host.writing || this.prefetched) return;
    this.prefetched = true;
    const idle = (globalThis as {requestIdleCallback?: (fn: () => void, o: object) => void}).requestIdleCallback;
    const load = () => void loadDelete();
    if (idle) idle(load, {timeout: 3000});
    else setTimeout(load, 1000);
  }

  /** Another prompt is shown: the status line goes, and the prompt shown is kept (with `persist`). */
  moved(): void {
    this.status = '';
    this.scheduleSave();
  }

  /** "Delete my writing": asks first, in the page (once its code is here; offline, the status line says so). */
  private askDelete(): void {
    this.status = '';
    this.host.requestUpdate();
    const ask = (code = deleteModule()): void => {
      if (!code) return void (this.status = 'unavailable');
      this.confirmDelete ??= code.deleteConfirm(this.host, {
        afterConfirm: () => this.host.renderRoot.querySelector<HTMLElement>('#writing'),
        fallback: () => this.host.renderRoot.querySelector<HTMLElement>('#delete'),
      });
      this.confirmDelete.ask('all', () => this.host.renderRoot.querySelector<HTMLElement>('#delete'));
    };
    if (deleteModule()) return ask();
    this.asking ??= loadDelete().then((code) => {
      this.asking = undefined;
      if (this.host.isConnected) ask(code);
    });
  }

  /** The writing that is not empty. */
  private filled(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.texts).filter(([, text]) => text.trim()));
  }

  /**
   * Every keystroke is copied into `texts` and re-rendered, so the value Lit
   * last set always matches the box; switching prompts then shows the other
   * prompt's text (no `live()` directive needed).
   */
  private onInput(id: string, text: string): void {
    this.texts = {...this.texts, [id]: text};
    this.moved();
    this.host.requestUpdate();
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
    this.stored.save({p: this.prompt(), t});
  }

  /** Deletes all the reader's writing, also from storage. */
  delete(): void {
    clearTimeout(this.timer);
    this.dirty = false;
    this.texts = {};
    this.stored.clear();
    if (this.confirmDelete?.pending) this.confirmDelete.confirm();
    this.status = 'deleted';
    this.host.requestUpdate();
  }

  /** The box for the prompt shown, its lines, and Download (`download`, the widget's) and Delete. */
  render(download: () => void) {
    const id = this.prompt();
    return renderWriting(this.host, {
      text: this.texts[id] ?? '',
      failed: this.stored.failed,
      persist: this.host.persist,
      status: this.status,
      question: this.confirmDelete?.pending
        ? deleteModule()!.renderDeleteConfirm(
            () => this.confirmDelete?.cancel(),
            () => this.delete()
          )
        : undefined,
      onInput: (text) => this.onInput(id, text),
      onChange: this.flush,
      download,
      ask: () => this.askDelete(),
    });
  }
}
