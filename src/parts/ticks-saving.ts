import {html, type TemplateResult} from 'lit';
import {msg} from '../core/localize.js';

/**
 * The ticks' footer with `persist` (parts/ticks.ts draws the rest): the line
 * that says where the ticks are kept, and "Clear my ticks". It comes with
 * the ticks' storage code (behaviors/ticks-store.ts), so it is not on the
 * first paint of a widget without `persist`.
 */
export function renderSaving(clear: () => void): TemplateResult {
  return html`<p class="privacy" part="privacy">${msg('Your ticks are saved in this browser only. Nothing is sent anywhere.')}</p>
    <button type="button" class="button secondary" part="clear-button" @click=${clear}>${msg('Clear my ticks')}</button>`;
}
