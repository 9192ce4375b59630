import {html, type TemplateResult} from 'lit';

/**
 * A label that keeps the size of the larger of its two texts, so a button
 * whose label changes ("Give me one idea" / "Give me another idea") never
 * grows, wraps or moves what follows. The other text is drawn invisibly by
 * CSS (`.same-size` in the shared base styles), so it is not in the DOM's
 * text and screen readers never hear it.
 */
export function sameSize(shown: string, other: string): TemplateResult {
  return html`<span class="same-size" data-other=${other}><span>${shown}</span></span>`;
}
