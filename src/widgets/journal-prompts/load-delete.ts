/**
 * Loads the journal's delete confirmation (delete-confirm.ts) once for the
 * page, with `import()`.
 */
import type * as DeleteConfirm from './delete-confirm.js';

type DeleteModule = typeof DeleteConfirm;

/** Where the code comes from; tests replace `load` to see what a reader sees when it cannot be loaded. */
export const deleteSource = {load: (): Promise<DeleteModule> => import('./delete-confirm.js')};

let loaded: DeleteModule | undefined;
let loading: Promise<DeleteModule | undefined> | undefined;

/** The module if it has arrived (synchronously), else undefined. */
export const deleteModule = () => loaded;

/** Resolves to the module, or to undefined if it could not be loaded (offline); a later call tries again. */
export function loadDelete(): Promise<DeleteModule | undefined> {
  return (loading ??= deleteSource.load().then(
    (module) => (loaded = module),
    () => (loading = undefined)
  ));
}
