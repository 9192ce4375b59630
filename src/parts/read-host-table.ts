import type {ReactiveElement} from 'lit';
import {watchHostContent} from '../behaviors/host-content.js';
import type {TableRows} from './responsive-table.js';

/** A host's table as text: its caption (if any) and its rows, the first holding the column headers. */
export interface HostTable {
  caption?: string;
  rows: TableRows;
}

/**
 * Text of a node with whitespace collapsed: host-content's `cleanText`, copied
 * so that this lazily loaded file imports nothing back from the widget's own
 * file (which would cost every widget file a shared runtime chunk).
 */
const cleanText = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads the first direct `<table>` child: caption, column headers (from
 * `<thead>`, or a first row of `<th>`), and body rows whose first cell is the
 * row header. Returns null when there is no usable table. From then on the
 * widget follows edits inside its host.
 */
export function readHostTable(host: ReactiveElement): HostTable | null {
  watchHostContent(host);
  const table = host.querySelector(':scope > table');
  if (!table) return null;
  const allRows = [...table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tr, :scope > tfoot > tr')];
  if (!allRows.length) return null;
  const headRow =
    table.querySelector(':scope > thead > tr') ??
    allRows.find((row) => row.children.length > 0 && [...row.children].every((c) => c.localName === 'th')) ??
    null;
  const columns = headRow ? [...headRow.children].map((c) => cleanText(c)) : [];
  const rows = allRows
    .filter((row) => row !== headRow)
    .map((row) => [...row.children].map((c) => cleanText(c)))
    .filter((row) => row.some(Boolean));
  if (!rows.length) return null;
  const width = Math.max(columns.length, ...rows.map((r) => r.length));
  for (const row of [columns, ...rows]) while (row.length < width) row.push('');
  const caption = cleanText(table.querySelector(':scope > caption')) || undefined;
  return {caption, rows: [columns, ...rows]};
}
