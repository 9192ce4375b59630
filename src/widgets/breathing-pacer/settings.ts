/**
 * The pacer's settings from the host's attributes (checked, with one warning
 * for a bad value) and the reader's own choices of pace and session length.
 */
import {parseEnum, parseNumber, warnAttribute} from '../../core/attributes.js';
import {breathsText, label, PHASES, type Preset, PRESETS} from './content.js';
import type {ChoicesHost} from './choices.js';
import type {SessionLength} from './engine.js';
import {formatNumber, pluralOf} from './format.js';

/** The sum of a list of numbers (e.g. the phase lengths of a breath). */
export const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);

const PRESET_NAMES = Object.keys(PRESETS) as Preset[];

/** Seconds from an attribute: not a number or negative falls back, out of range is clamped. */
function seconds(el: Element, attribute: string, value: unknown, fallback: number, min: number, max = 20): number {
  if (value === undefined || value === null) return fallback;
  const n = typeof value === 'number' ? value : String(value).trim() ? Number(value) : NaN;
  if (!(n >= 0) || n === Infinity) {
    warnAttribute(el, attribute, el.getAttribute(attribute) ?? value, `expected a number from ${min} to ${max}. Using ${fallback}.`);
    return fallback;
  }
  return parseNumber(el, attribute, n, {min, max, fallback, clamp: true});
}

/** The host's pattern (preset and phase attributes), in ms. */
export function hostPattern(el: ChoicesHost): number[] {
  const base = PRESETS[parseEnum(el, 'preset', el.preset, PRESET_NAMES, 'calm')];
  const values = [el.inhale, el.holdIn, el.exhale, el.holdOut];
  return PHASES.map((name, i) => Math.round(seconds(el, name, values[i], base[i]!, i % 2 ? 0 : 1) * 1000));
}

/** Breaths a minute of a pattern in ms. */
export const ratePerMinute = (pattern: readonly number[]) => 60000 / sum(pattern);

/** The pattern stretched or shrunk, all phases alike, to `rate` breaths a minute. */
export function scalePattern(pattern: number[], rate: number | undefined): number[] {
  if (!rate) return pattern;
  const factor = 60000 / rate / sum(pattern);
  return pattern.map((ms) => Math.round(ms * factor));
}

export interface RateLimits {
  min: number;
  max: number;
}

/** `min-rate` and `max-rate` (breaths a minute, defaults 4 and 10). */
export function rateLimits(el: ChoicesHost): RateLimits {
  const {minRate: min, maxRate: max} = el;
  const low = parseNumber(el, 'min-rate', min ?? undefined, {min: 1, max: 30, fallback: 4, clamp: true});
  const high = parseNumber(el, 'max-rate', max ?? undefined, {min: 1, max: 30, fallback: 10, clamp: true});
  if (low > high) {
    warnAttribute(el, 'min-rate', el.getAttribute('min-rate') ?? min, `is above max-rate (${high}). Using 4 and 10.`);
    return {min: 4, max: 10};
  }
  return {min: low, max: high};
}

/** Half a breath a minute slower (-1) or faster (+1), within the limits; undefined if it cannot move that way. */
export function stepRate(rate: number, direction: -1 | 1, limits: RateLimits): number | undefined {
  const current = Math.round(rate * 1000) / 1000;
  const next = direction < 0 ? Math.ceil(current * 2 - 1e-9) / 2 - 0.5 : Math.floor(current * 2 + 1e-9) / 2 + 0.5;
  const bounded = Math.min(limits.max, Math.max(limits.min, next));
  return (bounded - current) * direction > 1e-9 ? bounded : undefined;
}

/** The host's session length as a key: `m3` (3 minutes), `b20` (20 breaths), `m0` (until stopped). */
export function hostLength(el: ChoicesHost): string {
  const {minutes, breaths} = el;
  if (breaths !== undefined && breaths !== null) {
    const n = parseNumber(el, 'breaths', breaths, {min: 0, max: 500, fallback: 0, integer: true, clamp: true});
    if (n > 0) return `b${n}`;
  }
  return `m${seconds(el, 'minutes', minutes, 3, 0, 60)}`;
}

/** The session length a key stands for. */
export function lengthOf(key: string): SessionLength {
  const n = Number(key.slice(1)) || 0;
  return key.startsWith('b') ? {ms: 0, breaths: Math.round(n)} : {ms: Math.round(n * 60000), breaths: 0};
}

export const isLengthKey = (key: unknown): key is string => typeof key === 'string' && /^[mb]\d+(\.\d+)?$/.test(key);

type LengthChoice = {key: string; text: string};
const made = new Map<string, LengthChoice[]>();

/** The choices offered to the reader (the host's own length among them), with their text; made once per language and host length. */
export function lengthChoices(hostKey: string, locale: string): LengthChoice[] {
  const cacheKey = `${locale} ${hostKey}`;
  let choices = made.get(cacheKey);
  if (!choices) made.set(cacheKey, (choices = makeLengthChoices(hostKey, locale)));
  return choices;
}

function makeLengthChoices(hostKey: string, locale: string): LengthChoice[] {
  const minutes = new Set([1, 3, 5, 10, 20]);
  const breaths = new Set([10, 20, 30]);
  const own = lengthOf(hostKey);
  if (own.breaths) breaths.add(own.breaths);
  else if (own.ms) minutes.add(own.ms / 60000);
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  return [
    ...sorted(minutes).map((m) => ({key: `m${m}`, text: formatNumber(locale, m, 'minute')})),
    ...sorted(breaths).map((b) => ({key: `b${b}`, text: breathsText(formatNumber(locale, b), pluralOf(locale, b))})),
    {key: 'm0', text: label.untilStopped()},
  ];
}
