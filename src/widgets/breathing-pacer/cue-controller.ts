/**
 * Plays the pacer's cues at the right moments. The cues themselves (cues.ts)
 * are loaded with `import()` the first time one is wanted, so the first
 * render does not carry them; `loading` lets `updateComplete` wait for them.
 */
import type {BreathingPhase, TimedPhase} from './content.js';
import type {Cues} from './cues.js';

export interface CueSettings {
  /** Tones at each phase change (the host's `sound`, or the reader's eyes-closed mode). */
  tones(): boolean;
  vibrate(): boolean;
  keepAwake(): boolean;
  /** The voice to speak with, if the reader turned spoken cues on and one is allowed. */
  voice(): SpeechSynthesisVoice | undefined;
  /** The phase word in the widget's language. */
  word(phase: BreathingPhase): string;
}

export class CueController {
  loading?: Promise<void>;
  private cues?: Cues;
  private spoke = false;

  constructor(private readonly want: CueSettings) {}

  /** Runs `use` with the cues, loading them first the first time. */
  with(use: (cues: Cues) => void): void {
    if (this.cues) return use(this.cues);
    this.loading ??= import('./cues.js').then(
      (module) => {
        this.cues ??= new module.Cues();
        this.loading = undefined;
      },
      () => {
        this.loading = undefined;
      }
    );
    void this.loading.then(() => this.cues && use(this.cues));
  }

  /** Loads the cues ahead of time if any is on. */
  preload(speakOn: boolean): void {
    const w = this.want;
    if (w.tones() || w.vibrate() || w.keepAwake() || speakOn) this.with(() => {});
  }

  /** At Start, Resume and the first breath (during the click, so audio is allowed). */
  begin(): void {
    if (this.want.tones()) this.with((cues) => cues.prepareSound());
    if (this.want.keepAwake()) this.with((cues) => cues.keepScreenOn(true));
  }

  keepScreenOn(on: boolean): void {
    if (on) this.with((cues) => cues.keepScreenOn(true));
    else this.cues?.keepScreenOn(false);
  }

  /** The cues for a new phase. */
  phase(phase: TimedPhase): void {
    if (this.want.tones()) this.with((cues) => cues.tone(phase));
    if (this.want.vibrate()) this.with((cues) => cues.vibrate(phase));
    this.say(phase);
  }

  /** The end of a session: the end tone and "Well done", left to finish. */
  end(): void {
    if (this.want.tones()) this.cues?.endTone();
    this.say('done');
    this.halt(2000);
  }

  /** Pause or stop: no more sound, speech cut off, the screen may sleep. */
  halt(soundDelay = 0): void {
    this.cues?.keepScreenOn(false);
    this.cues?.closeSound(soundDelay);
    if (this.spoke && !soundDelay) this.cues?.silence();
    this.spoke = false;
  }

  silence(): void {
    this.cues?.silence();
  }

  private say(phase: BreathingPhase): void {
    const voice = this.want.voice();
    if (!voice) return;
    this.spoke = true;
    const text = this.want.word(phase);
    this.with((cues) => cues.speak(text, voice));
  }
}
