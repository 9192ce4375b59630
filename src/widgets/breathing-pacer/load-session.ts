/**
 * Loads the pacer's running half (session.ts) once for the page: with
 * `import()`, the first time a pacer is about to be used (pointer or focus
 * on it, Start) or when the page is idle after its first paint.
 */
import type * as Session from './session.js';

type SessionModule = typeof Session;

/** Where the session comes from; tests replace `load` to see what a reader sees when it cannot be loaded. */
export const sessionSource = {load: (): Promise<SessionModule> => import('./session.js')};

let loaded: SessionModule | undefined;
let loading: Promise<SessionModule | undefined> | undefined;

/** The session module if it has arrived (synchronously), else undefined. */
export const sessionModule = () => loaded;

/** Resolves to the session module, or to undefined if it could not be loaded (offline); a later call tries again. */
export function loadSession(): Promise<SessionModule | undefined> {
  return (loading ??= sessionSource.load().then(
    (module) => (loaded = module),
    () => (loading = undefined)
  ));
}
