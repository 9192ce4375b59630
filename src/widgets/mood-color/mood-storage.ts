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
  /** Sends `ms-mood-change` for today. */
  emit: (color: string | null) => void;
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
      // (Nothing is saved again: the page has just deleted it.)
      forget: () => {
        this.strip?.forget();
        this.remove(undefined, false);
      },
    });
  }

  /** Today's colour id, or undefined. */
  private color(): string | undefined {
    return this.diary.get()[this.diary.today()]?.c;
  }

  /** Deletes one day, or every day (`key` undefined): asked in the strip (and kept), or by the page deleting everything stored. */
  private remove(key?: string, keep = true): void {
    const {diary} = this;
    const hadToday = !!this.color();
    const {[key!]: _gone, ...rest} = diary.get();
    diary.set(key ? rest : {});
    if (keep) this.save();
    if (hadToday && !this.color()) diary.emit(null);
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
    return (this.strip ??= new DiaryStrip(this.host, (key) => this.remove(key))).render({
      ...view,
      oldest: addDays(view.today, 1 - DAYS),
    });
  }
}
