/**
 * Finding a message in a language's strings by its id (issue 18: English
 * pages never need this, nor the hash that makes the ids). localize.ts loads
 * this module with a widget's first language file, at the same time as that
 * file, so a translated widget waits no longer than before; until then, and
 * whenever it cannot load, `msg()` gives the English text. It imports
 * nothing of ours, so every build keeps it a small file of its own.
 */
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import type {TemplateMap} from '@lit/localize/internal/types.js';

/** Message ids by source string (the same hash `lit-localize extract` gives each message). */
const ids = new Map<string | readonly string[], string>();

/** What `templates` holds for `template` (a string or a `str` template), or undefined. */
export function lookup(templates: TemplateMap, template: unknown, id?: string): unknown {
  const key = typeof template === 'string' ? template : (template as {strings: readonly string[]}).strings;
  let messageId = id ?? ids.get(key);
  if (!messageId) ids.set(key, (messageId = generateMsgId(key as string, false)));
  return templates[messageId];
}
