import {msg, str} from '../../core/localize.js';
import {pluralOf} from './format.js';

/** The four timed phases of one breath, in order. */
export const PHASES = ['inhale', 'hold-in', 'exhale', 'hold-out'] as const;
export type TimedPhase = (typeof PHASES)[number];
export type BreathingPhase = 'idle' | TimedPhase | 'done';

/**
 * Breathing patterns in seconds: inhale, hold after inhale, exhale, hold after
 * exhale. `calm` is the article's step 7, "inhale 4, exhale 6".
 */
export const PRESETS = {
  calm: [4, 0, 6, 0],
  box: [4, 4, 4, 4],
  '4-7-8': [4, 7, 8, 0],
  resonance: [5.5, 0, 5.5, 0],
} as const;
export type Preset = keyof typeof PRESETS;

/** The word shown (and announced) for a phase. */
export function phaseWord(phase: BreathingPhase): string {
  switch (phase) {
    case 'inhale':
      return msg('Breathe in');
    case 'exhale':
      return msg('Breathe out');
    case 'hold-in':
    case 'hold-out':
      return msg('Hold');
    case 'done':
      return msg('Well done');
    default:
      return msg('Ready');
  }
}

/** Every phase word, for reserving the room of the longest one. */
export const ALL_PHASES: readonly BreathingPhase[] = ['idle', ...PHASES, 'done'];

/** The word shown during the countdown before the first breath. */
export const countdownWord = () => msg('Get ready');

/** One step of the pattern, e.g. "Breathe in for 4 seconds" (`duration` is already formatted). */
export function patternStep(phase: TimedPhase, duration: string): string {
  switch (phase) {
    case 'inhale':
      return msg(str`Breathe in for ${duration}`);
    case 'exhale':
      return msg(str`Breathe out for ${duration}`);
    default:
      return msg(str`Hold for ${duration}`);
  }
}

/** The pace, e.g. "6 breaths a minute", with the plural category of the number. */
export function paceText(perMinute: string, category: Intl.LDMLPluralRule): string {
  return category === 'one'
    ? msg(str`${perMinute} breath a minute`)
    : msg(str`${perMinute} breaths a minute`);
}

export type Note = '' | 'paused' | 'hidden' | 'stopped' | 'done' | 'last' | 'unavailable';

/** The line under the counters for each note (made when rendering, in the widget's language). */
const NOTE_TEXTS: Record<Exclude<Note, ''>, () => string> = {
  paused: () => msg('Paused. Press Resume when you are ready.'),
  hidden: () => msg('Paused because you left the page. Press Resume when you are ready.'),
  stopped: () => msg('Stopped. You can start again whenever you like.'),
  done: () => msg('Well done. Your breathing session is finished. You can go again if you like.'),
  last: () => msg('Time is up. Finish this breath slowly.'),
  unavailable: () => msg('This could not load. Check your connection and try again.'),
};

/** Every note, for reserving the room of the longest line. */
export const NOTES = Object.keys(NOTE_TEXTS) as readonly Note[];

/** A line under the counters saying what happened. */
export const noteText = (note: Note): string => (note ? NOTE_TEXTS[note]() : '');

/**
 * What the status region says, as keys: the text is made when rendering, in
 * the widget's language (never stored translated).
 */
export type Said =
  | {kind: 'none'}
  | {kind: 'phase'; phase: BreathingPhase}
  | {kind: 'note'; note: Note}
  | {kind: 'count'; seconds: number}
  | {kind: 'pace'; perMinute: number};

/** The text of the status region. `number` formats a number in the widget's language. */
export function saidText(said: Said, locale: string, number: (n: number) => string): string {
  switch (said.kind) {
    case 'phase':
      return phaseWord(said.phase);
    case 'note':
      return noteText(said.note);
    case 'count':
      return msg(str`Get ready. Breathing starts in ${number(said.seconds)}.`);
    case 'pace':
      return msg(str`From the next breath: ${paceText(number(said.perMinute), pluralOf(locale, said.perMinute))}`);
    default:
      return '';
  }
}

/** "Breaths" in a session counted in breaths, e.g. "3 of 10". */
export const breathsOf = (done: string, total: string) => msg(str`${done} of ${total}`);

/** A session length in breaths, e.g. "10 breaths". */
export function breathsText(count: string, category: Intl.LDMLPluralRule): string {
  return category === 'one' ? msg(str`${count} breath`) : msg(str`${count} breaths`);
}

/** The labels of the controls. */
export const label = {
  start: () => msg('Start'),
  pause: () => msg('Pause'),
  resume: () => msg('Resume'),
  again: () => msg('Go again'),
  skip: () => msg('Start now'),
  stop: () => msg('Stop'),
  pace: () => msg('Pace'),
  slower: () => msg('Slower'),
  faster: () => msg('Faster'),
  length: () => msg('Session length'),
  untilStopped: () => msg('Until you stop'),
  speak: () => msg('Speak the cues'),
  eyesClosed: () => msg('Eyes closed'),
  on: () => msg('On'),
  off: () => msg('Off'),
  /** A toggle's label with its state, e.g. "Speak the cues: On" (French puts a space before the colon). */
  toggle: (name: string, state: string) => msg(str`${name}: ${state}`, {id: 'breathing-pacer-toggle', desc: 'A toggle button: its name, then On or Off.'}),
  noVoice: () => msg('Spoken cues are not offered: this device has no voice for this language that works without the internet.'),
  eyesClosedHelp: () => msg('Eyes closed plays a tone at every change, and speaks the cues if they are on.'),
};
