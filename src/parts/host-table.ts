import {html, type TemplateResult} from 'lit';
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
 * the host's own table as it is, through a `<slot>`.
 */
let reader: ((host: HTMLElement) => HostTable | null) | false | undefined;
let loading: Promise<unknown> | undefined;

const hasTable = (host: HTMLElement) => host.querySelector(':scope > table');

/** A promise to wait for before rendering when the host has a table whose reader is not loaded yet; else undefined. */
export function tableReady(host: HTMLElement): Promise<unknown> | undefined {
  return reader === undefined && hasTable(host)
    ? (loading ??= import('./read-host-table.js').then(
        (module) => (reader = module.readHostTable),
        () => (reader = false)
      ))
    : undefined;
}

/**
 * The host's table as a responsive table (its caption, else `caption`), or
 * `rows` when the host has no usable table, or the host's own table through a
 * slot when its reader could not be loaded.
 */
export function renderTable(host: HTMLElement, rows: TableRows, caption: string): TemplateResult {
  const own = hasTable(host) && reader ? reader(host) : null;
  return reader === false && hasTable(host)
    ? html`<slot></slot>`
    : renderResponsiveTable(own?.rows ?? rows, own?.caption || caption);
}
