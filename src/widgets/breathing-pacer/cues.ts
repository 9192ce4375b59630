/**
 * The pacer's opt-in cues: soft tones, vibration, keeping the screen on, and
 * spoken phase words. Loaded with `import()` only when a cue is first wanted,
 * so the first render of the widget does not carry it.
 */
import type {TimedPhase} from './content.js';

/** Pitch of the soft tone for each phase, in Hz. */
const TONES: Record<TimedPhase, number> = {inhale: 392, 'hold-in': 330, exhale: 262, 'hold-out': 330};
/** The end of a session: two low notes, falling, distinct from every phase tone. */
const END_TONES = [294, 196];

export class Cues {
  private audio?: AudioContext;
  private wakeLock?: Promise<WakeLockSentinel | void>;

  /** Prepares the audio (during a click, so the browser allows it). */
  prepareSound(): void {
    try {
      const audio = (this.audio ??= new AudioContext());
      if (audio.state === 'suspended') void audio.resume().catch(() => {});
    } catch {
      // No Web Audio here: the text and the shape still guide the breathing.
    }
  }

  /** A soft sine tone with a gentle rise and fall for a new phase. */
  tone(phase: TimedPhase): void {
    this.play(TONES[phase], 0);
  }

  /** The tone that says the session is finished. */
  endTone(): void {
    END_TONES.forEach((pitch, i) => this.play(pitch, i * 0.6));
  }

  private play(pitch: number, delay: number): void {
    try {
      this.prepareSound();
      const audio = this.audio;
      if (!audio) return;
      const t = audio.currentTime + delay;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = pitch;
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(0.1, t + 0.1);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.2);
      osc.connect(gain).connect(audio.destination);
      osc.start(t);
      osc.stop(t + 1.3);
    } catch {
      // As above: no sound, the rest still works.
    }
  }

  /** Closes the audio (on pause and stop); after `delay` ms, to let an end tone finish. */
  closeSound(delay = 0): void {
    const audio = this.audio;
    this.audio = undefined;
    if (!audio) return;
    const close = () => void audio.close().catch(() => {});
    if (delay) setTimeout(close, delay);
    else close();
  }

  /** One short buzz for breathing in, two for breathing out, nothing for holds. */
  vibrate(phase: TimedPhase): void {
    if (phase === 'hold-in' || phase === 'hold-out') return;
    try {
      navigator.vibrate?.(phase === 'inhale' ? 60 : [60, 120, 60]);
    } catch {
      // No vibration here.
    }
  }

  keepScreenOn(on: boolean): void {
    if (on) {
      try {
        this.wakeLock ??= navigator.wakeLock?.request('screen').catch(() => {});
      } catch {
        // No wake lock here.
      }
    } else {
      void this.wakeLock?.then((sentinel) => sentinel?.release()).catch(() => {});
      this.wakeLock = undefined;
    }
  }

  /** Says `text` with `voice`, after cutting off anything still being said (cues never overlap). */
  speak(text: string, voice: SpeechSynthesisVoice): void {
    try {
      // Read inside the try: reading speechSynthesis can throw where it is blocked.
      const synth = globalThis.speechSynthesis;
      const Utterance = globalThis.SpeechSynthesisUtterance;
      if (!synth || !Utterance) return;
      synth.cancel();
      const utterance = new Utterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      synth.speak(utterance);
    } catch {
      // Speech failed: the text and the shape still guide the breathing.
    }
  }

  /** Stops any speech at once. */
  silence(): void {
    try {
      globalThis.speechSynthesis?.cancel();
    } catch {
      // Nothing to stop.
    }
  }
}
