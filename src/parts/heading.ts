import {html, type TemplateResult} from 'lit';

/** One template per level, made the first time it is used (Lit caches templates by this array). */
const templates: TemplateStringsArray[] = [];

/**
 * Renders a real `<h1>`..`<h6>` so the widget fits the host page's outline.
 * The six templates are built from one pattern instead of being written out
 * (issue 18: every widget carries this); each is a fixed literal array, the
 * same kind lit/static-html makes, never text from the page.
 */
export function renderHeading(level: number, content: unknown, id = 'heading'): TemplateResult {
  const n = Math.min(6, Math.max(1, Math.round(level))) || 2;
  const strings = [`<h${n} class="heading" part="heading" id=`, '>', `</h${n}>`];
  return html((templates[n] ??= Object.assign(strings, {raw: strings})), id, content);
}
