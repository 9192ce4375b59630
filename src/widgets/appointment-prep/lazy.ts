/**
 * The sheet's code that its first render does not need, loaded when first
 * needed (issue 18): the "since my last appointment" summary (with the
 * storage code), only with `persist` (the first render with `persist` waits
 * for it, see PersistedState's `load`); the offer to add the ticked warning
 * signs when an ms-warning-signs is on the page; the delete questions when a
 * delete button is first shown.
 */
type SinceCode = typeof import('./since.js');
type SignsCode = typeof import('./signs.js');
type ConfirmCode = typeof import('./confirm-question.js');

let since: SinceCode | undefined;

/** The summary's code, once it has arrived. */
export const sinceCode = (): SinceCode | undefined => since;

/** Loads the summary's code (PersistedState awaits it before rendering with `persist`). */
export const loadSince = (): Promise<void> => import('./since.js').then((code) => void (since = code));

/**
 * A part loaded when first needed: `load()` settles with its code, or with
 * undefined when it could not be loaded (offline); it is tried again at the
 * next call. `code()` is the code once it has arrived.
 */
function lazyPart<T>(source: {load: () => Promise<T>}) {
  let code: T | undefined;
  let loading: Promise<T | undefined> | undefined;
  return {
    code: () => code,
    load: () =>
      (loading ??= source.load().then(
        (c) => (code = c),
        () => (loading = undefined)
      )),
  };
}

/**
 * The offer to add the ticked warning signs, loaded once a checklist is on
 * the page. Until it is here (or offline) the sheet offers nothing and prints
 * the texts the checklist sent. Tests replace `load` to play offline.
 */
export const signsSource = {load: (): Promise<SignsCode> => import('./signs.js')};
export const signsPart = lazyPart(signsSource);

/** The two "are you sure?" questions, loaded when a delete button is first shown. */
export const confirmSource = {load: (): Promise<ConfirmCode> => import('./confirm-question.js')};
export const confirmPart = lazyPart(confirmSource);
