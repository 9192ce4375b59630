import {html, type TemplateResult} from 'lit';

/**
 * Renders a real `<h1>`..`<h6>` so the widget fits the host page's outline.
 * (Six plain templates instead of lit/static-html keep the bundle small.)
 */
export function renderHeading(level: number, content: unknown, id = 'heading'): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1 class="heading" part="heading" id=${id}>${content}</h1>`;
    case 3:
      return html`<h3 class="heading" part="heading" id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 class="heading" part="heading" id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 class="heading" part="heading" id=${id}>${content}</h5>`;
    case 6:
      return html`<h6 class="heading" part="heading" id=${id}>${content}</h6>`;
    default:
      return html`<h2 class="heading" part="heading" id=${id}>${content}</h2>`;
  }
}
