import {css, html, type TemplateResult} from 'lit';

/**
 * A table's text, row by row: the first row holds the column headers (the
 * first of them labels the row-header column), and the first cell of every
 * other row is that row's header.
 */
export type TableRows = string[][];

/**
 * A data table that reflows into one card per row when the widget itself is
 * narrow (a container query, so it works in any sidebar or column).
 *
 * The table keeps explicit ARIA table roles, because some browsers drop table
 * semantics once table parts are given another `display`. In the card layout
 * each cell shows its column name as generated text with an empty alternative
 * (`content: attr(data-label) / ""`), so sighted readers see which column a
 * value belongs to and screen readers hear the real column header once.
 *
 * Parts: `table`, `caption`.
 */
export function renderResponsiveTable([columns, ...rows]: TableRows, caption: string): TemplateResult {
  return html`
    <div class="table-frame">
      <table role="table" part="table">
        <caption part="caption">${caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            ${columns!.map((label) => html`<th role="columnheader" scope="col">${label}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.map(
            ([header, ...cells]) => html`
              <tr role="row">
                <th role="rowheader" scope="row">${header}</th>
                ${cells.map((cell, i) => html`<td role="cell" data-label=${columns![i + 1]!}>${cell}</td>`)}
              </tr>
            `
          )}
        </tbody>
      </table>
    </div>
  `;
}

/**
 * Styles for `renderResponsiveTable`; include them in the widget's `styles`.
 * Forced colours need no rule of their own: the browser then draws every
 * border in the system's text colour.
 */
export const responsiveTableStyles = css`
  .table-frame {
    container-type: inline-size;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption,
  th,
  td {
    text-align: start;
  }
  caption {
    padding-block-end: 0.5em;
  }
  th,
  td {
    vertical-align: top;
    padding: 0.625em 0.75em;
    border: 1px solid var(--_border);
  }
  thead th {
    background: var(--_surface-strong);
  }
  tbody th {
    background: var(--_surface);
  }
  @container (max-width: 36em) {
    table,
    tbody,
    tr,
    th,
    td,
    caption {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      margin-block-end: 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow: hidden;
    }
    tbody th,
    td {
      border: 0;
    }
    tbody th {
      background: var(--_surface-strong);
    }
    td + td {
      border-block-start: 1px solid var(--_border);
    }
    td::before {
      content: attr(data-label) / '';
      display: block;
      font-weight: bold;
      font-size: max(0.875em, 16px);
    }
  }
`;
