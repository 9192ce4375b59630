import {css, html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '../core/localize.js';
import {PrivateStore} from './storage.js';

const isKeys = (data: unknown): data is string[] => Array.isArray(data) && data.every((k) => typeof k === 'string');

/**
 * The reader's "I tried this" ticks (shared by `ms-idea-deck` and
 * `ms-coping-steps`). Kept in memory; only with `persist` also in a
 * PrivateStore, so nothing touches storage unless the host asked for it.
 */
export class Ticks {
  keys = new Set<string>();
  /** Whether the last action was "Clear my ticks" (for the confirmation line). */
  cleared = false;
  private store?: PrivateStore<string[]>;

  constructor(private readonly host: ReactiveControllerHost & Element) {}

  /**
   * Call when `persist` or the list changes. `fresh` forgets the ticks in
   * memory (they belonged to another list). Saved ticks win over unsaved ones.
   */
  use(persist: boolean, name: string, fresh: boolean): void {
    if (fresh) this.keys = new Set();
    this.store = persist ? new PrivateStore(this.host, name, 1, isKeys) : undefined;
    const saved = this.store?.load();
    if (saved) this.keys = new Set(saved);
    else if (this.keys.size) this.save();
  }

  set(key: string, on: boolean): void {
    if (on) this.keys.add(key);
    else this.keys.delete(key);
    this.cleared = false;
    this.save();
    this.host.requestUpdate();
  }

  clear(): void {
    this.keys.clear();
    this.store?.clear();
    this.cleared = true;
    this.host.requestUpdate();
  }

  private save(): void {
    this.store?.save([...this.keys]);
  }
}

/** A large "I tried this" checkbox; `context` names the item for screen readers. */
export function renderTick(
  checked: boolean,
  label: string,
  context: string,
  onChange: (checked: boolean) => void
): TemplateResult {
  return html`<label class="tick" part="tick"
    ><input
      type="checkbox"
      .checked=${checked}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    /><span>${label}<span class="visually-hidden">: ${context}</span></span></label
  >`;
}

/** The privacy line, and with `persist` a "Clear my ticks" button and its confirmation. */
export function renderTickFooter(ticks: Ticks, persist: boolean): TemplateResult {
  return html`<div class="footer" part="footer">
    <p class="privacy" part="privacy">
      ${persist
        ? msg('Your ticks are saved in this browser only. Nothing is sent anywhere.')
        : msg('Your ticks are not saved, and nothing leaves this device.')}
    </p>
    ${persist
      ? html`<button type="button" class="button secondary" part="clear-button" @click=${() => ticks.clear()}>
          ${msg('Clear my ticks')}
        </button>`
      : nothing}
    <p role="status" class="cleared">${ticks.cleared ? msg('Your ticks were cleared.') : nothing}</p>
  </div>`;
}

export const tickStyles = css`
  .tick {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: var(--_target);
    cursor: pointer;
    font-weight: bold;
  }
  .tick input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 1em;
  }
  .footer p {
    margin: 0;
  }
  .privacy {
    flex: 1 1 16em;
  }
`;
