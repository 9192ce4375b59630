import {warnElement} from '../core/attributes.js';
import {STORAGE_CLEARED_EVENT, STORAGE_PREFIX} from './storage-keys.js';

/**
 * Removes every key the library stored in this browser (all `ms-widgets:`
 * keys, from every widget and page of this site), then tells the widgets on
 * the page. Returns how many keys were removed; storage that is blocked is
 * reported with a warning on `el` and counts as nothing removed.
 */
export function forgetEverything(el: Element): number {
  let removed = 0;
  try {
    const storage = globalThis.localStorage;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    removed = keys.length;
  } catch {
    warnElement(el, 'storage-write', 'could not clear this browser\'s storage (it is blocked).');
  }
  document.dispatchEvent(new CustomEvent(STORAGE_CLEARED_EVENT, {detail: {removed}}));
  return removed;
}
