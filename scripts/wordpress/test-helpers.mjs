/** Small helpers of the WordPress test (scripts/test-wordpress.mjs). */

/** A .mo file with only its header: enough for WordPress to count the language as installed. */
export function headerOnlyMo(locale) {
  const original = Buffer.alloc(0);
  const translation = Buffer.from(`Content-Type: text/plain; charset=UTF-8\nLanguage: ${locale}\n`, 'utf8');
  const head = Buffer.alloc(28 + 16);
  const stringsAt = head.length;
  [0x950412de, 0, 1, 28, 36, 0, 44].forEach((v, i) => head.writeUInt32LE(v >>> 0, i * 4));
  head.writeUInt32LE(original.length, 28);
  head.writeUInt32LE(stringsAt, 32);
  head.writeUInt32LE(translation.length, 36);
  head.writeUInt32LE(stringsAt + original.length + 1, 40);
  return Buffer.concat([head, original, Buffer.from([0]), translation, Buffer.from([0])]);
}

/** An object with its keys sorted, to compare two objects as JSON. */
export const sortKeys = (o) => Object.fromEntries(Object.entries(o ?? {}).sort(([a], [b]) => a.localeCompare(b)));

/** The ms-* elements the server printed, with their attributes (entities decoded). */
export function serverElements(html) {
  const decode = (v) => v.replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...html.matchAll(/<(ms-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g)].map((m) => ({
    tag: m[1],
    attributes: Object.fromEntries([...m[2].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((a) => [a[1], decode(a[2] ?? '')])),
  }));
}
