/**
 * Which speech voice the pacer may use: only one that runs on the device
 * (`localService`, so no text leaves it) and speaks the widget's language.
 * Kept apart from the cues so the first render can tell whether to offer
 * spoken cues without loading them.
 */

/** The browser's speech synthesis, if any (reading it never throws). */
export function speech(): SpeechSynthesis | undefined {
  try {
    return globalThis.speechSynthesis ?? undefined;
  } catch {
    return undefined;
  }
}

/** A language tag in one form (`fr_CA` and `fr-ca` alike), and its language alone (`fr`). */
const tagOf = (tag: string) => tag.toLowerCase().replace(/_/g, '-');
const baseOf = (tag: string) => tagOf(tag).split('-')[0]!;

/**
 * The best local voice for `locale` (e.g. `fr`), preferring the page's exact
 * tag (e.g. `fr-CA`), then the system default; undefined when there is none.
 */
export function localVoice(locale: string, tag = ''): SpeechSynthesisVoice | undefined {
  let voices: SpeechSynthesisVoice[];
  try {
    voices = speech()?.getVoices() ?? [];
  } catch {
    return undefined;
  }
  const fit = voices.filter((v) => v?.localService === true && typeof v.lang === 'string' && baseOf(v.lang) === baseOf(locale));
  return fit.find((v) => tagOf(v.lang) === tagOf(tag)) ?? fit.find((v) => v.default) ?? fit[0];
}
