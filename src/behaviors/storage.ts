/**
 * Opt-in local storage for the widgets' private answers (`ms-numbness-widgets/shared/storage`):
 * the store (behaviors/private-store.ts), the key names (behaviors/storage-keys.ts)
 * and "delete everything" (behaviors/forget.ts), in one module for hosts and plug-ins.
 * The widgets import the parts they need, so the store itself is loaded only with `persist`.
 */
export {PrivateStore, type Migrations} from './private-store.js';
export {STORAGE_CLEARED_EVENT, STORAGE_PREFIX} from './storage-keys.js';
export {forgetEverything} from './forget.js';
