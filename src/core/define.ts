import {VERSION} from './version.js';

interface VersionedElement extends CustomElementConstructor {
  version?: string;
}

const WARNED = Symbol.for('ms-widgets.version-mismatch-warned');

/**
 * Registers a custom element without ever throwing. When the tag is already
 * taken (the script was pasted twice, or the CDN bundle and the loader are
 * both on the page) the first registration wins. If the two copies are of
 * different versions, one warning is printed for the whole page.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch (error) {
      // Another copy registered the same class under another name, or the
      // registry refused: the page keeps working without this copy.
      console.warn(`[ms-widgets] Could not register <${tag}>.`, error);
    }
    return;
  }
  if (existing === ctor || existing.version === ctor.version) return;
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (flags[WARNED]) return;
  flags[WARNED] = true;
  // Short: every widget carries this text before its first paint (issue 18).
  console.warn(`[ms-widgets] Two versions loaded (${existing.version ?? 'unknown'}, ${ctor.version ?? VERSION}); the first is used. Load the widgets once.`);
}
