import {css, html, nothing, type TemplateResult} from 'lit';
import {msg} from '../core/localize.js';
import type {TicksController} from '../behaviors/ticks.js';

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

/**
 * The privacy line and the "cleared" status line; with `persist` (once the
 * ticks' storage code is here: parts/ticks-saving.ts) the "saved here" line
 * and "Clear my ticks" instead of the first.
 */
export function renderTickFooter(ticks: TicksController, persist: boolean): TemplateResult {
  return html`<div class="footer" part="footer">
    ${persist && ticks.store
      ? ticks.store.renderSaving(() => ticks.clear())
      : html`<p class="privacy" part="privacy">${msg('Your ticks are not saved, and nothing leaves this device.')}</p>`}
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
