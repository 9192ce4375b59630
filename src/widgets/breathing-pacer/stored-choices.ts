/**
 * The reader's choices as kept in this browser (only with `persist`): loaded
 * with `import()` by choices.ts, together with the storage code.
 */
import {PrivateStore} from '../../behaviors/storage.js';
import {isLengthKey} from './settings.js';

/** What the reader chose, kept only with `persist`. */
export interface Choices {
  rate?: number;
  length?: string;
  speak?: boolean;
  eyesClosed?: boolean;
}

export function isChoices(data: unknown): data is Choices {
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
export const choicesStore = (el: Element) => new PrivateStore(el, 'breathing-pacer', 1, isChoices);
