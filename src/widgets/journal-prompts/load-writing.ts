/**
 * Loads the journal's writer (writer.ts, with the box of writing.ts) once
 * for the page, with `import()`, when a journal has `writing` or `persist`,
 * or saves a download.
 */
import type * as Writing from './writer.js';

type WritingModule = typeof Writing;

/** Where the code comes from; tests replace `load` to see what a reader sees when it cannot be loaded. */
export const writingSource = {load: (): Promise<WritingModule> => import('./writer.js')};

let loaded: WritingModule | undefined;

/** The module if it has arrived (synchronously), else undefined. */
export const writingModule = () => loaded;

/** Resolves to the module, or to undefined if it could not be loaded (offline); a later call tries again. */
export const loadWriting = (): Promise<WritingModule | undefined> =>
  writingSource.load().then(
    (module) => (loaded = module),
    () => undefined
  );
