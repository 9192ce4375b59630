import {css, html, type TemplateResult} from 'lit';

/**
 * A plain bulleted (or numbered) list with calm spacing, for the widgets that
 * present a short list from the article (or the host's own list). Items are
 * rendered as text or templates, never as HTML strings.
 *
 * The explicit `role="list"` keeps the list a list for screen readers even
 * where a widget hides the markers (Safari drops it for `list-style: none`).
 *
 * Include `simpleListStyles` in the widget's `styles`.
 */
/**
 * The host's own items, each isolated (`<bdi>`), so English text on a
 * right-to-left page keeps its full stop at its end. Undefined stays undefined.
 */
export function isolated(items: readonly string[] | null | undefined): TemplateResult[] | undefined {
  return items?.map((item) => html`<bdi>${item}</bdi>`);
}

export function renderSimpleList(items: readonly unknown[], part = 'list', ordered = false): TemplateResult {
  const children = items.map((item) => html`<li part="item">${item}</li>`);
  return ordered
    ? html`<ol class="list" part=${part} role="list">${children}</ol>`
    : html`<ul class="list" part=${part} role="list">${children}</ul>`;
}

export const simpleListStyles = css`
  .list {
    margin-block: 0 1em;
    margin-inline: 0;
    /* Room for the marker, not growing further with large text. */
    padding-inline-start: min(1.5em, 24px);
  }
  ol.list {
    padding-inline-start: min(1.5em, 32px);
  }
  .list > li {
    padding-inline-start: min(0.25em, 4px);
  }
  .list > li + li {
    margin-block-start: 0.5em;
  }
  .list > li::marker {
    color: var(--_accent);
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .list > li::marker {
      color: CanvasText;
    }
  }
`;
