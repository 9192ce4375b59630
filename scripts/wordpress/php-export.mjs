/**
 * Writes a JavaScript value as a PHP literal (arrays, strings, numbers,
 * booleans, null), for generated PHP files that opcache can keep in memory.
 * Strings are single-quoted, where only \\ and \' are escapes, so no text
 * can end the string or run code.
 */
export function toPhp(value, indent = '') {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} to PHP`);
    return String(value);
  }
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const inner = `${indent}\t`;
  if (Array.isArray(value)) {
    if (!value.length) return 'array()';
    return `array(\n${value.map((v) => `${inner}${toPhp(v, inner)},`).join('\n')}\n${indent})`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (!entries.length) return 'array()';
  return `array(\n${entries.map(([k, v]) => `${inner}${toPhp(k)} => ${toPhp(v, inner)},`).join('\n')}\n${indent})`;
}
