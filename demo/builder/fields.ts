/**
 * The builder's form, read from custom-elements.json: one field per attribute
 * of the chosen widget, with the control its type needs (a switch for a
 * boolean, a select for a union of literals, a number field with its range)
 * and the editor's wording from catalogue.ts.
 */
import {settingText, WIDGET_GROUPS, WIDGETS, type SettingText} from './catalogue.js';

export interface ManifestAttribute {
  name: string;
  description?: string;
  type?: {text?: string};
  default?: string;
}

export interface ManifestElement {
  tagName?: string;
  name?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}

export interface Manifest {
  modules: {declarations?: ManifestElement[]}[];
}

export type Control = 'switch' | 'select' | 'number' | 'text' | 'url' | 'phone' | 'country' | 'level';

export interface Field {
  /** The HTML attribute. */
  name: string;
  label: string;
  hint: string;
  control: Control;
  /** Choices of a select, in the manifest's order. */
  options?: {value: string; label: string}[];
  /** Label of the "not set" choice of a select. */
  unset?: string;
  /** The value the widget uses when the attribute is not set (from the manifest), or undefined. */
  defaultValue?: string;
  min?: number;
  max?: number;
  step?: number;
  schemes?: string[];
  required?: string;
  placeholder?: string;
}

/** Attributes the builder sets in its "Language and look" part, for every widget alike. */
export const PAGE_LEVEL = new Set(['lang', 'dir', 'theme']);

/** What a field starts as in the builder (else empty). A country, so the crisis help shows real numbers. */
export const STARTING_VALUES: Record<string, string> = {country: 'GB'};

/** Every custom element in the manifest, by tag name. */
export function widgetElements(manifest: Manifest): Map<string, ManifestElement> {
  const found = new Map<string, ManifestElement>();
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.tagName) found.set(d.tagName, d);
  }
  return found;
}

/** The widgets in the README's groups; any widget the catalogue has not placed goes in a last group. */
export function groupedWidgets(elements: Map<string, ManifestElement>): {label: string; tags: string[]}[] {
  const placed = new Set(WIDGET_GROUPS.flatMap((g) => g.tags));
  const groups = WIDGET_GROUPS.map((g) => ({label: g.label, tags: g.tags.filter((t) => elements.has(t))}));
  const rest = [...elements.keys()].filter((t) => !placed.has(t)).sort();
  if (rest.length) groups.push({label: 'More widgets', tags: rest});
  return groups.filter((g) => g.tags.length);
}

export function widgetName(tag: string): string {
  return WIDGETS[tag]?.name ?? humanise(tag.replace(/^ms-/, ''));
}

export function widgetDescription(tag: string, el?: ManifestElement): string {
  return WIDGETS[tag]?.description ?? plain(el?.summary ?? '');
}

/** The string literals of a type such as `'calm' | 'box' | undefined`, or [] when it is not such a union. */
export function literals(type = ''): string[] {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined' && p !== 'null');
  return parts.length && parts.every((p) => /^(['"]).*\1$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

/** Documentation text without code marks: "`light` (default)" reads "light (default)". */
export function plain(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1').replace(/\s+/g, ' ').trim();
}

function humanise(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function controlFor(attr: ManifestAttribute, text: SettingText | undefined): Control {
  const type = attr.type?.text ?? '';
  if (type === 'boolean') return 'switch';
  if (text?.kind === 'country' || text?.kind === 'level' || text?.kind === 'url' || text?.kind === 'phone') return text.kind;
  if (literals(type).length || text?.options) return 'select';
  if (text?.kind === 'number' || /\bnumber\b/.test(type)) return 'number';
  return 'text';
}

/** One field for an attribute of a widget. */
export function fieldFor(tag: string, attr: ManifestAttribute): Field {
  const text = settingText(tag, attr.name);
  const control = controlFor(attr, text);
  const manifestDefault = attr.default && /^(['"]).*\1$/.test(attr.default) ? attr.default.slice(1, -1) : attr.default;
  const field: Field = {
    name: attr.name,
    defaultValue: text?.default ?? (manifestDefault === 'undefined' ? undefined : manifestDefault),
    label: text?.label ?? humanise(attr.name),
    hint: text?.hint ?? plain(attr.description ?? ''),
    control,
    unset: text?.unset,
    min: text?.min,
    max: text?.max,
    step: text?.step,
    schemes: text?.schemes,
    required: text?.required,
    placeholder: text?.placeholder,
  };
  if (control === 'select') {
    // The manifest's literals; a plain `string` attribute whose choices only its docs name uses the catalogue's.
    const values = literals(attr.type?.text);
    field.options = (values.length ? values : Object.keys(text?.options ?? {})).map((value) => ({
      value,
      label: text?.options?.[value] ?? value,
    }));
  }
  if (control === 'level') {
    field.min = 1;
    field.max = 6;
  }
  return field;
}

/** The widget's own settings (not language, direction or theme), in the manifest's order. */
export function fieldsFor(tag: string, el: ManifestElement): Field[] {
  return (el.attributes ?? []).filter((a) => !PAGE_LEVEL.has(a.name)).map((a) => fieldFor(tag, a));
}
