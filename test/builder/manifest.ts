/** The generated manifest, read the way a browser reads it (the dev server serves the project root). */
import type {Manifest} from '../../demo/builder/fields.js';

let cached: Promise<Manifest> | undefined;

export function loadManifest(): Promise<Manifest> {
  cached ??= fetch('/custom-elements.json').then((r) => r.json() as Promise<Manifest>);
  return cached;
}
