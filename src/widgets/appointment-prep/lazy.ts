/**
 * The sheet's code that its first render does not need, loaded when first
 * needed (issue 18): the "since my last appointment" summary (with the
 * storage code), only with `persist` (the first render with `persist` waits
 * for it, see PersistedState's `load`); the offer to add the ticked warning
 * signs when an ms-warning-signs is on the page.
 */
type SinceCode = typeof import('./since.js');
type SignsCode = typeof import('./signs.js');

let since: SinceCode | undefined;

/** The summary's code, once it has arrived. */
export const sinceCode = (): SinceCode | undefined => since;

/** Loads the summary's code (PersistedState awaits it before rendering with `persist`). */
export const loadSince = (): Promise<void> => import('./since.js').then((code) => void (since = code));

let signs: SignsCode | undefined;
let loadingSigns: Promise<void> | undefined;

/** Where the offer's code comes from (tests replace `load` to play offline). */
export const signsSource = {load: (): Promise<SignsCode> => import('./signs.js')};

/** The ticked signs offer's code, once it has arrived. */
export const signsCode = (): SignsCode | undefined => signs;

/**
 * Loads the offer's code once; settles when it arrived or failed. After a
 * failure (offline) it is tried again at the next change of the checklist;
 * meanwhile the sheet offers nothing and prints the texts the checklist sent.
 */
export const loadSigns = (): Promise<void> =>
  (loadingSigns ??= signsSource.load().then(
    (code) => void (signs = code),
    () => void (loadingSigns = undefined)
  ));
