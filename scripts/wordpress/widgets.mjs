/**
 * Turns custom-elements.json into the WordPress plugin's widget list: one
 * entry per element, with every HTML attribute typed for validation (PHP) and
 * for an inspector control (block editor). Reads the manifest, and the
 * builder's readable widget names (demo/builder/catalogue.ts) for the
 * blocks' titles.
 *
 * Attribute kinds:
 *   enum     a fixed list of keywords                  -> select
 *   boolean  present or absent                          -> toggle
 *   number   a finite number, maybe a whole one in a range -> number field
 *   url      a link, with the schemes the widget allows -> text field (URL)
 *   lang     a language tag                             -> text field
 *   country  a two-letter country code                  -> select of the crisis help's countries
 *   string   plain text                                 -> text field
 */

import {readFileSync} from 'node:fs';
import ts from 'typescript';

const SCHEMES = ['https', 'http', 'mailto', 'tel', 'sms'];

/** The names editors read in the builder, by tag ("Warning signs checklist"): its catalogue, a module without imports. */
const catalogue = ts.transpileModule(readFileSync(new URL('../../demo/builder/catalogue.ts', import.meta.url), 'utf8'), {
  compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022},
}).outputText;
const {WIDGETS: NAMES} = await import(`data:text/javascript,${encodeURIComponent(catalogue)}`);

/** Literal values of a union type such as `'calm' | 'box'`, or [] when it is not one. */
function literalUnion(parts) {
  const lits = parts.filter((p) => /^(['"]).*\1$/.test(p)).map((p) => p.slice(1, -1));
  return lits.length && lits.length === parts.length ? lits : [];
}

const unquote = (text) => (text ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');

/** `a` tokens in backticks, in order, without repeats. */
function backticked(text) {
  return [...new Set([...(text ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1].trim()))];
}

/**
 * A description that is nothing but a list of keywords, such as
 * "`calm` (default), `box`, `4-7-8` or `resonance`." (for plain string types,
 * where a stray backtick must not turn text into a select).
 */
function strictKeywordList(description) {
  const first = (description ?? '').split(/\.\s/)[0].replace(/\([^)]*\)/g, '').replace(/\.$/, '');
  return /^\s*`[^`]+`(\s*(,|,?\s*or)\s*`[^`]+`)+\s*$/.test(first) ? backticked(first) : [];
}

/** Values of a named type (`Topic`) that the manifest only shows as an exported array of literals. */
function valuesFromConstants(manifest, fallback) {
  if (!fallback) return [];
  const arrays = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.kind === 'variable' && /^\[\s*(['"][^'"]*['"]\s*,?\s*)+\]$/.test(d.type?.text ?? ''))
    .map((d) => [...d.type.text.matchAll(/['"]([^'"]*)['"]/g)].map((m) => m[1]));
  const matches = arrays.filter((values) => values.includes(fallback));
  return matches.length === 1 ? matches[0] : [];
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const sentence = (name) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** One attribute of the manifest as the plugin sees it. */
export function describeAttribute(manifest, attr) {
  const description = (attr.description ?? '').replace(/\s+/g, ' ').trim();
  const parts = (attr.type?.text ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  const fallback = attr.default !== undefined ? unquote(attr.default) : undefined;
  const base = {name: attr.name, key: camel(attr.name), label: sentence(attr.name), help: description};
  const withDefault = (spec) => (fallback !== undefined && fallback !== '' ? {...spec, default: fallback} : spec);

  const literals = literalUnion(parts);
  if (literals.length) return withDefault({...base, kind: 'enum', values: literals});
  if (parts.length === 1 && parts[0] === 'boolean') return {...base, kind: 'boolean'};
  if (parts.includes('number')) {
    const range = description.match(/(-?\d+(?:\.\d+)?) to (-?\d+(?:\.\d+)?)/);
    const spec = {...base, kind: 'number'};
    if (range) {
      spec.min = Number(range[1]);
      spec.max = Number(range[2]);
      // A plain `number` with whole bounds (heading-level, step) takes whole numbers; the
      // pacer's `string | number` timings take fractions too (4.5 seconds, 2.5 minutes).
      spec.integer = parts.length === 1 && Number.isInteger(spec.min) && Number.isInteger(spec.max);
    }
    return withDefault(spec);
  }
  if (attr.name === 'lang') return {...base, kind: 'lang'};
  if (attr.name === 'country') return {...base, kind: 'country'};
  if (attr.name === 'href' || /(^|-)url$/.test(attr.name)) {
    const said = description.toLowerCase();
    const schemes = SCHEMES.filter((s) => new RegExp(`\\b${s}\\b`).test(said));
    return {...base, kind: 'url', schemes: schemes.length ? schemes : ['https']};
  }
  // A named type (`Theme`, `StepsMode`) or none at all: its values are listed in the description,
  // or (for a type made from an exported array, such as `Topic`) in the manifest's constants.
  const named = parts.length === 0 || (parts.length === 1 && /^[A-Z]\w*$/.test(parts[0]));
  const listed = named ? backticked(description.replace(/\([^)]*\)/g, '')) : strictKeywordList(description);
  if (listed.length >= 2 && (fallback === undefined || listed.includes(fallback))) {
    return withDefault({...base, kind: 'enum', values: listed});
  }
  const constants = named ? valuesFromConstants(manifest, fallback) : [];
  if (constants.length >= 2) return withDefault({...base, kind: 'enum', values: constants});
  return withDefault({...base, kind: 'string'});
}

/** The builder's name for the widget, or "ms-breathing-pacer" -> "Breathing pacer" for one it does not name. */
const titleOf = (tag) => NAMES[tag]?.name ?? sentence(tag.replace(/^ms-/, ''));

/** Every widget of the manifest, sorted by tag. */
export function widgetsFromManifest(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName && d.customElement !== false)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  return elements.map((el) => ({
    tag: el.tagName,
    slug: el.tagName.replace(/^ms-/, ''),
    title: titleOf(el.tagName),
    summary: (el.summary ?? '').replace(/\s+/g, ' ').trim(),
    description: (el.description ?? '').replace(/\s+/g, ' ').trim(),
    attributes: (el.attributes ?? []).map((a) => describeAttribute(manifest, a)),
  }));
}

/** The countries the crisis help knows (the keys of its HELPLINES table), or []. */
export function helplineCountries(manifest) {
  const table = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.kind === 'variable' && d.name === 'HELPLINES');
  const text = table?.default ?? '';
  return [...new Set([...text.matchAll(/[{,]\s*([A-Z]{2})\s*:/g)].map((m) => m[1]))];
}
