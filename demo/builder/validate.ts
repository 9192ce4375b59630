/**
 * Checks the editor's settings before a snippet is written: required
 * settings, links (only the schemes the widget accepts), numbers in range and
 * phone numbers. Each problem is one plain sentence that says what to do.
 */
import type {Field} from './fields.js';

export type Values = Record<string, string | boolean>;

/** Schemes that run code or carry a document: named in the message, because they are never right. */
const DANGEROUS = new Set(['javascript:', 'data:', 'vbscript:', 'file:', 'blob:']);

function schemeList(schemes: string[]): string {
  const names = schemes.map((s) => `${s}${s.startsWith('http') ? '//' : ''}`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
}

/** The problem with a link, or '' when the widget will use it. */
export function linkProblem(value: string, schemes: string[]): string {
  const url = value.trim();
  if (!url) return '';
  if (/\s/.test(url)) return 'A link address cannot contain spaces.';
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  const mainScheme = schemes.includes('https:') ? 'https://' : schemeList(schemes);
  if (!scheme || url.startsWith('//')) {
    const example = `https://${url.replace(/^\/+/, '')}`;
    return `Start the address with https://, for example ${example}`;
  }
  if (DANGEROUS.has(scheme)) {
    return `Links that start with ${scheme} could run code or hide content, so the widget never uses them. Use an address that starts with ${mainScheme}.`;
  }
  if (!schemes.includes(scheme)) {
    return `This widget only uses links that start with ${schemeList(schemes)}.`;
  }
  if (scheme === 'https:' || scheme === 'http:') {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname.includes('.') && parsed.hostname !== 'localhost') {
        return 'This address is not complete: it needs a site name such as example.org.';
      }
    } catch {
      return 'This address is not complete: check it in a browser and copy it from the address bar.';
    }
  }
  if (url.length === scheme.length) return 'Add the rest of the address after ' + scheme;
  return '';
}

/** The problem with a phone number, or ''. Matches what `<ms-crisis-help>` accepts. */
export function phoneProblem(value: string): string {
  const text = value.trim();
  if (!text) return '';
  const digits = text.replace(/\D/g, '').length;
  if (/^\+?[\d\s().-]+$/.test(text) && digits >= 2 && digits <= 15) return '';
  return 'Use digits, spaces and + only, for example 0800 123 456.';
}

/** The problem with a number field, or ''. */
export function numberProblem(value: string, field: Pick<Field, 'min' | 'max' | 'step'>): string {
  const text = value.trim();
  if (!text) return '';
  const n = Number(text);
  const range = field.min !== undefined && field.max !== undefined ? ` from ${field.min} to ${field.max}` : '';
  if (!Number.isFinite(n)) return `Use a number${range}.`;
  if (field.step === 1 && !Number.isInteger(n)) return `Use a whole number${range}.`;
  if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) return `Use a number${range}.`;
  return '';
}

/** Every problem with the settings, by attribute name. Empty when the snippet can be written. */
export function validate(fields: Field[], values: Values): Record<string, string> {
  const problems: Record<string, string> = {};
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string).trim() : '');
  for (const field of fields) {
    const value = text(field.name);
    let problem = '';
    if (field.required && !value && field.control !== 'switch') problem = field.required;
    else if (field.control === 'url') problem = linkProblem(value, field.schemes ?? ['https:', 'http:']);
    else if (field.control === 'number' || field.control === 'level') problem = numberProblem(value, field);
    else if (field.control === 'phone') problem = phoneProblem(value);
    else if (field.control === 'select' && value && field.options && !field.options.some((o) => o.value === value)) {
      problem = 'Choose one of the listed options.';
    }
    if (problem) problems[field.name] = problem;
  }
  // A crisis line of the host's own needs a way to reach it.
  const names = new Set(fields.map((f) => f.name));
  if (names.has('line-name') && text('line-name') && !text('line-phone') && !text('line-text') && !text('line-url')) {
    problems['line-name'] ??= 'Add a phone number, a text number or a web page for this line. Without one the line is not shown.';
  }
  return problems;
}

/** The problem with the address of the CDN folder, or ''. */
export function folderProblem(value: string): string {
  const text = value.trim();
  if (!text) return 'Add the address of the folder that holds ms-widgets.js.';
  try {
    const url = new URL(text);
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) return 'Use an address that starts with https://.';
  } catch {
    return 'Use a full address that starts with https://.';
  }
  return '';
}
