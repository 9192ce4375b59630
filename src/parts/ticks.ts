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
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6em;
    max-inline-size: 100%;
    min-block-size: var(--_target);
    cursor: pointer;
    font-weight: bold;
  }
  /* The words go under the box when the longest one does not fit beside it
     (large text in a narrow column); a word wider than the whole line breaks. */
  .tick > :not(input) {
    flex: 1 1 0%;
    max-inline-size: 100%;
  }
  .tick input {
    flex: none;
    /* Like the choices' boxes (core/control-styles.ts): 24px, not the 20px of a form control's own text size. */
    font-size: inherit;
    inline-size: min(1.5em, 24px);
    block-size: min(1.5em, 24px);
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
