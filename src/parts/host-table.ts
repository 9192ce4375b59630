import {html, nothing, type ReactiveElement, type TemplateResult} from 'lit';
import {renderHostSlot} from './host-slot.js';
import {renderResponsiveTable, type TableRows} from './responsive-table.js';
import type {HostTable} from './read-host-table.js';

/**
 * The table a table widget shows: the host's own `<table>` if it has a usable
 * one, else the article's. The host's table is read by read-host-table.ts,
 * loaded with `import()` the first time a widget has a direct `<table>`
 * child, so a widget showing the article's table never fetches it (issue 18).
 * A widget waits for it before it renders (`tableReady()` in its
 * `scheduleUpdate()`), so the host's table is what the reader sees first,
 * with nothing shifting. If it cannot be loaded (offline), the widget shows
 * the host's own table as it is, through its `<slot>`.
 *
 * The slot (parts/host-slot.ts) is always there, hidden while the widget
 * shows a table of its own: it re-renders the widget when the host's children
 * change (a CMS adding a table later); once there is a table, its reader also
 * follows edits inside it.
 */
let reader: ((host: ReactiveElement) => HostTable | null) | false | undefined;

const hasTable = (host: HTMLElement) => host.querySelector(':scope > table');

/**
 * A promise to wait for before rendering when the host has a table whose
 * reader is not loaded yet; else undefined. (The browser fetches a module
 * once, however many widgets ask for it.)
 */
export function tableReady(host: HTMLElement): Promise<unknown> | undefined {
  return reader === undefined && hasTable(host)
    ? import('./read-host-table.js').then(
        (module) => (reader = module.readHostTable),
        () => (reader = false)
      )
    : undefined;
}

/**
 * The host's table as a responsive table (its caption, else `caption`), or
 * `rows` when the host has no usable table, or the host's own table through
 * the slot when its reader could not be loaded.
 */
export function renderTable(host: ReactiveElement, rows: TableRows, caption: string): TemplateResult {
  const own = hasTable(host) && reader ? reader(host) : null;
  const failed = reader === false && hasTable(host);
  return html`${renderHostSlot(failed)}${
    failed ? nothing : renderResponsiveTable(own?.rows ?? rows, own?.caption || caption)
  }`;
}
