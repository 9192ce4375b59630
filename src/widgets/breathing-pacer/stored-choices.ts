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

/** What the reader chose, as the choices controller holds it (choices.ts). */
export interface KeptChoices extends Choices {
  /** The reader chose something before the saved choices arrived: theirs are kept. */
  touched: boolean;
  /** Saves the choices as they are now. */
  store?: {save(): void};
}

/**
 * Keeps `choices` in this browser for `el`: restores the saved ones (unless
 * the reader has already chosen, whose choices are saved instead) and gives
 * the controller its `store`.
 */
export function keepChoices(choices: KeptChoices, el: Element, isLengthKey: (key: unknown) => boolean): void {
  const store = new PrivateStore(el, 'breathing-pacer', 1, (data): data is Choices => isChoices(data, isLengthKey));
  const {save} = (choices.store = {
    save: () => store.save({rate: choices.rate, length: choices.length, speak: choices.speak, eyesClosed: choices.eyesClosed}),
  });
  const saved = choices.touched ? undefined : store.load();
  if (saved) {
    choices.rate = saved.rate ?? choices.rate;
    choices.length = saved.length ?? choices.length;
    choices.speak = saved.speak ?? choices.speak;
    choices.eyesClosed = saved.eyesClosed ?? choices.eyesClosed;
  } else if (choices.touched) save();
}
