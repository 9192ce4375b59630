/**
 * The reader's choices as kept in this browser (only with `persist`): loaded
 * with `import()` by choices.ts, together with the storage code.
 */
import {PrivateStore} from '../../behaviors/storage.js';

/** What the reader chose, kept only with `persist`. */
export interface Choices {
  rate?: number;
  length?: string;
  speak?: boolean;
  eyesClosed?: boolean;
}

/** Whether `data` is a saved set of choices; `isLengthKey` (from settings.ts, passed in: this module imports nothing from the first-paint file) checks the length. */
export function isChoices(data: unknown, isLengthKey: (key: unknown) => boolean): data is Choices {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return (
    (d.rate === undefined || (typeof d.rate === 'number' && d.rate > 0 && d.rate <= 30)) &&
    (d.length === undefined || isLengthKey(d.length)) &&
    (d.speak === undefined || typeof d.speak === 'boolean') &&
    (d.eyesClosed === undefined || typeof d.eyesClosed === 'boolean')
  );
}

/** The store of the pacer's choices for `el`. */
export const choicesStore = (el: Element, isLengthKey: (key: unknown) => boolean) =>
  new PrivateStore(el, 'breathing-pacer', 1, (data): data is Choices => isChoices(data, isLengthKey));
