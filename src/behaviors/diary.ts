import {PrivateStore} from './private-store.js';
import type {StoreDefinition} from './diary-data.js';

/**
 * The dated stores' public channel (see behaviors/diary-data.ts for their
 * names, versions, shapes and date helpers, all re-exported here), plus
 * `openStore`, which needs the storage code: import it only where `persist`
 * is already set (the appointment sheet's summary is loaded lazily then).
 */
export * from './diary-data.js';

/** Opens a dated store for `el` (which is named in any warning). Only call it with `persist`. */
export function openStore<T>(el: Element, def: StoreDefinition<T>): PrivateStore<T> {
  return new PrivateStore(el, def.name, def.version, def.isValid);
}
