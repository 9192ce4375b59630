import {html, type ReactiveElement, type TemplateResult} from 'lit';

/** Re-renders the widget (`this`, as Lit calls a listener) when its host's children change. */
function childrenChanged(this: ReactiveElement): void {
  this.requestUpdate();
}

/**
 * The widget's slot for the host's own content (a list, table or quotes an
 * editor put inside it). It is hidden while the widget presents that content
 * itself (or the article's), and shown, so the host's content appears as it
 * is, when `shown` (its reader could not be loaded). Either way its
 * `slotchange` re-renders the widget when a child is added or removed (a CMS
 * adding content later), before any reader is loaded.
 */
export function renderHostSlot(shown: unknown): TemplateResult {
  return html`<slot ?hidden=${!shown} @slotchange=${childrenChanged}></slot>`;
}
