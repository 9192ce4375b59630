/**
 * The custom-elements manifest as Storybook shows it: only the public API
 * (no private or protected members, nothing starting with `_`, no static
 * class fields), and argTypes for the attributes alone, each with the control
 * its type needs. Properties, methods, events, slots, parts and CSS custom
 * properties are documented on the Docs page (docs-page.ts), not as controls.
 */
import type {ArgTypes} from '@storybook/web-components-vite';

export interface Item {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  type?: {text?: string};
  default?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  fieldName?: string;
  attribute?: string;
  parameters?: {name: string; type?: {text?: string}; description?: string; optional?: boolean}[];
  return?: {type?: {text?: string}};
}

export interface Declaration {
  tagName?: string;
  name?: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

export interface Manifest {
  schemaVersion?: string;
  modules: {path?: string; declarations?: Declaration[]}[];
}

/** Attributes set for every story from the toolbar (language, direction, theme). */
export const TOOLBAR_ATTRIBUTES = new Set(['lang', 'dir', 'theme']);

const isPublic = (item: Item) =>
  !!item?.name && !item.name.startsWith('_') && !item.name.startsWith('#') && item.privacy !== 'private' && item.privacy !== 'protected' && !item.static;

/** A copy of the manifest with only what a page author can use. */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: (mod.declarations ?? []).map((d) => ({
        ...d,
        attributes: (d.attributes ?? []).filter(isPublic),
        members: (d.members ?? []).filter(isPublic),
        events: (d.events ?? []).filter(isPublic),
        slots: (d.slots ?? []).filter((s) => !s.name?.startsWith('_')),
        cssParts: (d.cssParts ?? []).filter(isPublic),
        cssProperties: (d.cssProperties ?? []).filter((p) => !!p.name && !p.name.startsWith('--_')),
      })),
    })),
  };
}

let current: Manifest = {modules: []};

export function useManifest(manifest: Manifest): void {
  current = publicManifest(manifest);
}

export function declarationOf(tag: string): Declaration | undefined {
  for (const mod of current.modules) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

/** The string literals of a union type (`'calm' | 'box' | undefined`), or []. */
export function literals(type = ''): string[] {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  return parts.length && parts.every((p) => /^(['"]).*\1$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

/** A range written in the docs ("1 to 6", "0 to 20"), for a number control. */
function range(description = ''): {min?: number; max?: number} {
  const m = /(-?\d+(?:\.\d+)?) to (-?\d+(?:\.\d+)?)/.exec(description);
  return m ? {min: Number(m[1]), max: Number(m[2])} : {};
}

const stripQuotes = (value?: string) => (value && /^(['"]).*\1$/.test(value) ? value.slice(1, -1) : value);

/** One argType per public attribute, with the control its manifest type calls for. */
export function attributeArgTypes(tag: string): ArgTypes {
  const d = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const attr of d?.attributes ?? []) {
    const text = attr.type?.text ?? 'string';
    const values = literals(text);
    const base = {
      name: attr.name,
      description: attr.description ?? '',
      table: {
        type: {summary: values.length ? values.map((v) => `'${v}'`).join(' | ') : text.replace(/\s*\|\s*undefined$/, '')},
        defaultValue: attr.default && attr.default !== 'undefined' ? {summary: stripQuotes(attr.default)!} : undefined,
      },
    };
    if (TOOLBAR_ATTRIBUTES.has(attr.name)) {
      argTypes[attr.name] = {...base, description: `${base.description} Set it with the toolbar above the story.`, control: false};
    } else if (values.length) {
      argTypes[attr.name] = {...base, type: {name: 'enum', value: values}, options: values, control: {type: 'select'}};
    } else if (text === 'boolean') {
      argTypes[attr.name] = {...base, type: {name: 'boolean'}, control: {type: 'boolean'}};
    } else if (/\bnumber\b/.test(text)) {
      argTypes[attr.name] = {...base, type: {name: 'number'}, control: {type: 'number', ...range(attr.description)}};
    } else {
      argTypes[attr.name] = {...base, type: {name: 'string'}, control: {type: 'text'}};
    }
  }
  return argTypes;
}
