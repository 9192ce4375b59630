/**
 * The names every widget with `persist` needs at once, kept apart from the
 * store itself (behaviors/private-store.ts), which is loaded only when a widget
 * has `persist` (issue 18); "delete everything" is in behaviors/forget.ts.
 */

/** Every key the library writes starts with this, so "delete everything" can find them all. */
export const STORAGE_PREFIX = 'ms-widgets:';

/**
 * Fired on `document` after {@link forgetEverything}: widgets with `persist`
 * drop what they hold in memory, so nothing deleted is saved again.
 */
export const STORAGE_CLEARED_EVENT = 'ms-widgets-storage-cleared';
