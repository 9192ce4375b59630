import type {ReactiveElement} from 'lit';
import {watchHostContent} from '../behaviors/host-content.js';

/**
 * Text of a node with whitespace collapsed: host-content's `cleanText`, copied
 * so that this lazily loaded file imports nothing back from the widget's own
 * file (which would cost the widget file a shared runtime chunk).
 */
const cleanText = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The items of the host's first direct `<ul>` or `<ol>` child, or null if
 * there is none or it is empty: host-content's `readHostList`, for a widget
 * that loads it with `import()` only when the host has a list (issue 18).
 * From then on the widget follows edits inside its host.
 */
export function readHostList(host: ReactiveElement): string[] | null {
  watchHostContent(host);
  const list = host.querySelector(':scope > ul, :scope > ol');
  const items = list ? [...list.querySelectorAll(':scope > li')].map((li) => cleanText(li)).filter(Boolean) : [];
  return items.length ? items : null;
}
