/**
 * Entry of the embed-code builder page (builder.html). The builder itself is
 * in demo/builder/; this file gives it the manifest, every widget for the
 * preview, and the hashes of this version's files.
 */
import '../src/define-all.js';
import manifest from '../custom-elements.json';
import {mountBuilder} from './builder/app.js';
import type {Manifest} from './builder/fields.js';

/**
 * The hashes of this version's files, read from the copy of the CDN folder
 * that the demo site carries (the files on a public npm CDN are the same
 * bytes). Nothing is fetched from anywhere else.
 */
async function loadIntegrity(): Promise<Record<string, string> | null> {
  try {
    const response = await fetch(new URL('cdn/integrity.json', location.href));
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

mountBuilder(document.getElementById('builder')!, {
  manifest: manifest as unknown as Manifest,
  loadIntegrity,
  initialTag: new URLSearchParams(location.search).get('widget'),
});
