import {html, type TemplateResult} from 'lit';
import type {TableData} from '../behaviors/host-content.js';
import {renderResponsiveTable} from './responsive-table.js';

/**
 * A host's own `<table>` for the table widgets, read only when there is one:
 * the reader (read-host-table.ts) is loaded with `import()` the first time a
 * widget has a direct `<table>` child, so a widget showing the article's table
 * never fetches it (issue 18). A widget waits for it before it renders
 * (`tableReady()` in its `scheduleUpdate()`), so the host's table is what
 * the reader sees first, with nothing shifting. If it cannot be loaded
 * (offline), `hostTableFailed()` is true and the widget shows the host's own
 * table as it is, through a `<slot>`.
 */
type Reader = (host: HTMLElement) => TableData | null;

let reader: Reader | undefined;
let loading: Promise<unknown> | undefined;
let failed = false;

const hasTable = (host: HTMLElement) => host.querySelector(':scope > table') !== null;

/** A promise to wait for before rendering when the host has a table whose reader is not loaded yet; else undefined. */
export function tableReady(host: HTMLElement): Promise<unknown> | undefined {
  if (reader || failed || !hasTable(host)) return undefined;
  return (loading ??= import('./read-host-table.js').then(
    (module) => (reader = module.readHostTable),
    () => (failed = true)
  ));
}

/** The host's table as text, or null when it has none (or its reader is not there). */
export function readHostTable(host: HTMLElement): TableData | null {
  return reader && hasTable(host) ? reader(host) : null;
}

/** Whether the host has a table that could not be read because its reader did not load. */
export function hostTableFailed(host: HTMLElement): boolean {
  return failed && hasTable(host);
}

/** The table to show: `data` as a responsive table, or the host's own table as it is when it could not be read. */
export function renderTableOrHost(host: HTMLElement, data: TableData, caption: string): TemplateResult {
  return hostTableFailed(host) ? html`<slot></slot>` : renderResponsiveTable(data, caption);
}
