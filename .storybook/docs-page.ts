/**
 * The Docs page of each widget: its summary and description, the primary
 * story with a control for every public attribute, the rest of its public API
 * from the manifest (properties, methods, events, slots, parts, CSS custom
 * properties), then every story as an example.
 */
import {createElement as h, Fragment} from 'react';
import {Controls, Description, Heading, Markdown, Primary, PureArgsTable, Stories, Subtitle, Title, useOf} from '@storybook/addon-docs/blocks';
import type {ArgTypes} from '@storybook/web-components-vite';
import {declarationOf, type Declaration, type Item} from './manifest.js';

type Row = ArgTypes[string];

function row(category: string, item: Item, type?: string, fallback?: string): Row {
  return {
    name: item.name,
    description: item.description ?? item.summary ?? '',
    control: false,
    table: {
      category,
      type: type ? {summary: type} : undefined,
      defaultValue: fallback && fallback !== 'undefined' ? {summary: fallback} : undefined,
    },
  };
}

function signature(method: Item): string {
  const params = (method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`);
  return `${method.name}(${params.join(', ')}): ${method.return?.type?.text ?? 'void'}`;
}

/** Everything public that is not an attribute, as rows of one reference table (keys kept apart by kind). */
export function referenceRows(d: Declaration): ArgTypes {
  const rows: ArgTypes = {};
  const attributeOf = new Map((d.attributes ?? []).filter((a) => a.fieldName).map((a) => [a.fieldName!, a.name]));
  for (const m of d.members ?? []) {
    if (m.kind === 'method') rows[`method:${m.name}`] = row('methods', m, signature(m));
    else if (m.kind === 'field') {
      const attribute = attributeOf.get(m.name);
      const note = attribute ? ` (attribute \`${attribute}\`)` : m.readonly ? ' (read-only)' : '';
      rows[`property:${m.name}`] = row('properties', {...m, description: `${m.description ?? ''}${note}`}, m.type?.text, m.default);
    }
  }
  for (const e of d.events ?? []) rows[`event:${e.name}`] = row('events', e, e.type?.text ?? 'CustomEvent');
  for (const s of d.slots ?? []) rows[`slot:${s.name || 'default'}`] = row('slots', {...s, name: s.name || '(default)'});
  for (const p of d.cssParts ?? []) rows[`part:${p.name}`] = row('css shadow parts', p);
  for (const p of d.cssProperties ?? []) rows[`css:${p.name}`] = row('css custom properties', p, undefined, p.default);
  return rows;
}

/** The page itself (a React component, as Storybook's Docs expects). */
export function WidgetDocsPage() {
  const resolved = useOf('meta', ['meta']) as {preparedMeta: {component?: unknown}};
  const tag = String(resolved.preparedMeta.component ?? '');
  const d = declarationOf(tag);
  const reference = d ? referenceRows(d) : {};
  return h(
    Fragment,
    null,
    h(Title),
    d?.summary ? h(Subtitle, null, d.summary) : null,
    h(Markdown, null, `\`<${tag}>\``),
    h(Description),
    h(Primary),
    h(Heading, null, 'Attributes'),
    h(Controls),
    Object.keys(reference).length ? h(Heading, null, 'Properties, methods, events, slots, parts and CSS custom properties') : null,
    Object.keys(reference).length ? h(PureArgsTable, {rows: reference}) : null,
    h(Stories, {title: 'Examples'})
  );
}
