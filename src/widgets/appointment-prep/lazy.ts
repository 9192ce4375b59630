/**
 * The sheet's code that its first render does not need, loaded when first
 * needed (issue 18): the "since my last appointment" summary (with the
 * storage code), only with `persist` (the first render with `persist` waits
 * for it, see PersistedState's `load`).
 */
type SinceCode = typeof import('./since.js');

let since: SinceCode | undefined;

/** The summary's code, once it has arrived. */
export const sinceCode = (): SinceCode | undefined => since;

/** Loads the summary's code (PersistedState awaits it before rendering with `persist`). */
export const loadSince = (): Promise<void> => import('./since.js').then((code) => void (since = code));
