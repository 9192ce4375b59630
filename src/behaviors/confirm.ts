import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Host = ReactiveControllerHost & HTMLElement & {renderRoot: HTMLElement | DocumentFragment};
type Target = () => HTMLElement | null | undefined;

/**
 * "Are you sure?" before deleting something, with one focus rule for every
 * widget (render it with `renderConfirm` from parts/confirm.ts):
 * - on open, focus moves to the safe choice ("No, keep it");
 * - on cancel (the safe choice or Escape), focus goes back to the control
 *   that opened it (or `fallback` when that control is gone);
 * - on confirm, focus goes to `afterConfirm`, a stable place that is still
 *   there after the deletion (a heading or the first field).
 * `pending` is the key of what is being asked about (such as a date, or `all`).
 */
export class ConfirmController<K extends string = string> implements ReactiveController {
  pending?: K;
  private opener?: Target;
  private focusNext?: Target;

  constructor(
    private readonly host: Host,
    private readonly options: {afterConfirm: Target; fallback?: Target}
  ) {
    host.addController(this);
  }

  /** Opens the question about `key`; `opener` finds the control that asked (focused again on cancel). */
  ask(key: K, opener?: Element | Target | null): void {
    this.pending = key;
    this.opener = typeof opener === 'function' ? opener : opener instanceof HTMLElement ? () => opener : undefined;
    this.focusNext = () => this.host.renderRoot.querySelector<HTMLElement>('[data-confirm="keep"]');
    this.host.requestUpdate();
  }

  /** Closes the question, keeping everything. */
  cancel(): void {
    this.pending = undefined;
    const opener = this.opener;
    this.focusNext = () => {
      const el = opener?.();
      return el?.isConnected ? el : this.options.fallback?.();
    };
    this.host.requestUpdate();
  }

  /** Closes the question and returns the key to delete (undefined when nothing was asked). */
  confirm(): K | undefined {
    const key = this.pending;
    this.pending = undefined;
    this.focusNext = this.options.afterConfirm;
    this.host.requestUpdate();
    return key;
  }

  hostUpdated(): void {
    const target = this.focusNext;
    if (!target) return;
    this.focusNext = undefined;
    const el = target();
    if (el && el.tabIndex < 0 && !el.matches('button, input, textarea, select, a[href]')) el.tabIndex = -1;
    el?.focus();
  }
}
