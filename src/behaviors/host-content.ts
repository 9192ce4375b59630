import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Host-supplied content. An editor may put a plain list or table inside a
 * widget; without JavaScript the page shows it as it is, and with JavaScript
 * the widget presents it instead of the article's default. Only text is read
 * (never HTML), so host markup cannot inject anything. The controller
 * re-reads the content when the CMS changes it later.
 */
export class LightDomController<T> implements ReactiveController {
  private observer?: MutationObserver;
  private cached?: T | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly read: (host: HTMLElement) => T | null
  ) {
    host.addController(this);
  }

  /** The parsed host content, or null when the host supplied none. */
  get value(): T | null {
    if (this.cached === undefined) this.cached = this.read(this.host);
    return this.cached;
  }

  hostConnected(): void {
    this.cached = undefined;
    this.observer ??= new MutationObserver(() => {
      this.cached = undefined;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, {childList: true, subtree: true, characterData: true});
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

/** Text of a node with whitespace collapsed. */
export function cleanText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The items of the first direct `<ul>` or `<ol>` child, or null if there is none or it is empty. */
export function readHostList(host: HTMLElement): string[] | null {
  const list = host.querySelector(':scope > ul, :scope > ol');
  if (!list) return null;
  const items = [...list.querySelectorAll(':scope > li')].map((li) => cleanText(li)).filter(Boolean);
  return items.length ? items : null;
}

export interface TableData {
  caption?: string;
  /** Column headers, the first one labels the row-header column. */
  columns: string[];
  rows: {header: string; cells: string[]}[];
}

/**
 * Reads the first direct `<table>` child: caption, column headers (from
 * `<thead>`, or a first row of `<th>`), and body rows whose first cell is the
 * row header. Returns null when there is no usable table.
 */
export function readHostTable(host: HTMLElement): TableData | null {
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
    .map((row) => {
      const cells = [...row.children].map((c) => cleanText(c));
      return {header: cells[0] ?? '', cells: cells.slice(1)};
    })
    .filter((row) => row.header || row.cells.some(Boolean));
  if (!rows.length) return null;
  const width = Math.max(columns.length, ...rows.map((r) => r.cells.length + 1));
  while (columns.length < width) columns.push('');
  for (const row of rows) while (row.cells.length < width - 1) row.cells.push('');
  const caption = cleanText(table.querySelector(':scope > caption')) || undefined;
  return {caption, columns, rows};
}
