/**
 * Tolerant attribute parsing. A CMS editor types attributes by hand, so a bad
 * value must never break a widget: it gets one console warning naming the
 * element, the attribute and the value, and the default is used instead.
 */

const warned = new WeakMap<Element, Set<string>>();

/** Warns once per element about something that is not a single attribute value: prints `<tag> message` once per element and topic. */
export function warnElement(el: Element, topic: string, message: string): void {
  const seen = warned.get(el) ?? new Set<string>();
  warned.set(el, seen);
  if (seen.has(topic)) return;
  seen.add(topic);
  console.warn(`<${el.localName}> ${message}`);
}

/** Warns once per element, attribute and value. */
export function warnAttribute(el: Element, attribute: string, value: unknown, problem: string): void {
  warnElement(el, `${attribute}\u0000${String(value)}`, `attribute "${attribute}"="${describe(value)}": ${problem}`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}...` : value;
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

/** The text the author wrote, for warnings: the attribute if present, else the property value. */
function written(el: Element, attribute: string, value: unknown): unknown {
  return el.getAttribute(attribute) ?? value;
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return NaN;
  return Number(value.trim());
}

export interface NumberRule {
  min: number;
  max: number;
  fallback: number;
  /** Only whole numbers are allowed. */
  integer?: boolean;
  /** Out-of-range values are clamped (with a warning) instead of replaced by the fallback. */
  clamp?: boolean;
  unit?: string;
}

/** A number within [min, max]; anything else warns and falls back. */
export function parseNumber(el: Element, attribute: string, value: unknown, rule: NumberRule): number {
  if (value === undefined || value === null) return rule.fallback;
  const n = toNumber(value);
  const unit = rule.unit ? ` ${rule.unit}` : '';
  const expected = `expected ${rule.integer ? 'a whole number' : 'a number'} from ${rule.min} to ${rule.max}${unit}`;
  if (!Number.isFinite(n) || (rule.integer && !Number.isInteger(n))) {
    warnAttribute(el, attribute, written(el, attribute, value), `${expected}. Using ${rule.fallback}.`);
    return rule.fallback;
  }
  if (n < rule.min || n > rule.max) {
    const replacement = rule.clamp ? Math.min(rule.max, Math.max(rule.min, n)) : rule.fallback;
    warnAttribute(el, attribute, written(el, attribute, value), `${expected}. Using ${replacement}.`);
    return replacement;
  }
  return n;
}

/** One of a fixed set of keywords (case-insensitive); anything else warns and falls back. */
export function parseEnum<T extends string>(
  el: Element,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined || value === null) return fallback;
  const wanted = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const match = allowed.find((a) => a.toLowerCase() === wanted);
  if (match) return match;
  warnAttribute(
    el,
    attribute,
    written(el, attribute, value),
    `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}. Using "${fallback}".`
  );
  return fallback;
}

/** A short piece of plain text; empty or non-string values fall back. Never renders as HTML. */
export function parseText(el: Element, attribute: string, value: unknown, maxLength = 200): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    warnAttribute(el, attribute, value, 'expected text. Using the default.');
    return undefined;
  }
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  if (text.length > maxLength) {
    warnAttribute(el, attribute, value, `is longer than ${maxLength} characters and was shortened.`);
    return `${text.slice(0, maxLength - 1)}…`;
  }
  return text;
}
