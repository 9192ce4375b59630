import type {LitElement} from 'lit';
import {PersistedState} from '../../behaviors/persisted-state.js';
import {addDays, keepFrom, KEEP_DAYS, MOOD_DIARY, type MoodDiary} from '../../behaviors/diary-data.js';
import {DiaryStrip, keptText, type StripView} from './diary-view.js';

/** Days shown in the strip. */
const DAYS = 30;

/** What <ms-mood-color> lends its diary's storage: its diary in memory, and what to do when it changes. */
export interface MoodHost {
  get: () => MoodDiary;
  set: (diary: MoodDiary) => void;
  today: () => string;
  /** The page deleted everything stored: the widget empties its diary (and says today has no colour). */
  forget: () => void;
  /** The strip deleted one day, or every day (undefined). */
  remove: (key?: string) => void;
}

/**
 * The colour diary's storage and strip, made by <ms-mood-color> the first
 * time it has `persist` (this module, the storage controller and the strip
 * are loaded only then, before that render: issue 18). Until then the widget
 * holds today's choice itself, in memory; what the reader chose before (or
 * while this code loaded) wins over what was saved for today.
 */
export class MoodStorage {
  readonly state: PersistedState<MoodDiary>;
  private strip?: DiaryStrip;

  constructor(
    private readonly host: LitElement,
    private readonly diary: MoodHost
  ) {
    this.state = new PersistedState<MoodDiary>(host, {
      ...MOOD_DIARY,
      enabled: () => (host as LitElement & {persist: boolean}).persist,
      restore: (saved) => {
        const today = diary.today();
        const current = diary.get()[today];
        diary.set({...saved, ...(current ? {[today]: current} : {})});
        if (current) this.save();
      },
      // Another widget deleted everything the library stored: forget the saved days too, so nothing comes back.
      forget: () => {
        this.strip?.forget();
        diary.forget();
      },
    });
  }

  /** Keeps a year of the diary (for the appointment summary; the strip shows 30 days). Only with `persist`. */
  save(): void {
    const {state, diary} = this;
    if (!state.enabled) return;
    const kept = keepFrom(diary.get(), addDays(diary.today(), 1 - KEEP_DAYS));
    diary.set(kept);
    if (Object.keys(kept).length) state.save(kept);
    else state.clear();
  }

  /** "Your colours are kept only in this browser": the privacy line with `persist`. */
  keptText(): string {
    return keptText();
  }

  /** The strip of the last 30 days. */
  render(view: Omit<StripView, 'oldest'>) {
    return (this.strip ??= new DiaryStrip(this.host, this.diary.remove)).render({
      ...view,
      oldest: addDays(view.today, 1 - DAYS),
    });
  }
}
