/**
 * What the editor has chosen, and what follows from it: the widget's fields,
 * their problems, the attributes for the preview and the snippet options.
 * No DOM here, so the tests can check it directly.
 */
import type {SnippetOptions} from '../snippets.js';
import {checkBrandColour, type ContrastCheck} from './contrast.js';
import {fieldsFor, literals, STARTING_VALUES, type Field, type ManifestElement} from './fields.js';
import {folderProblem, validate, type Values} from './validate.js';

export type ThemeChoice = 'light' | 'dark' | 'auto';

export interface BuilderState {
  tag: string;
  /** The widget's own settings by attribute name: text, or true/false for a switch. */
  values: Values;
  lang: string;
  dir: '' | 'ltr' | 'rtl';
  theme: ThemeChoice;
  useAccent: boolean;
  accent: string;
  /** Text colour on the brand colour, or '' for the theme's default. */
  onAccent: string;
  cdnBase: string;
  /** Fields the editor has left at least once (their problems are shown even when not required). */
  touched: Set<string>;
}

export function initialState(tag: string, el: ManifestElement, cdnBase: string): BuilderState {
  return {
    tag,
    values: startingValues(fieldsFor(tag, el)),
    lang: '',
    dir: '',
    theme: 'light',
    useAccent: false,
    accent: '#6b2c91',
    onAccent: '',
    cdnBase,
    touched: new Set(),
  };
}

export function startingValues(fields: Field[], keep: Values = {}): Values {
  const values: Values = {};
  for (const f of fields) {
    if (f.name in keep) values[f.name] = keep[f.name]!;
    else values[f.name] = f.control === 'switch' ? false : (STARTING_VALUES[f.name] ?? '');
  }
  return values;
}

/** A new widget keeps the settings it shares with the last one (title level, country, ...). */
export function switchWidget(state: BuilderState, tag: string, el: ManifestElement): BuilderState {
  const fields = fieldsFor(tag, el);
  const shared: Values = {};
  for (const f of fields) if (f.name in state.values) shared[f.name] = state.values[f.name]!;
  return {...state, tag, values: startingValues(fields, shared), touched: new Set()};
}

export interface Derived {
  fields: Field[];
  /** Every problem, by attribute name (plus `cdn-base`). */
  problems: Record<string, string>;
  /** Problems to show next to their fields now. */
  shownProblems: Record<string, string>;
  /** Valid attributes only, as they go on the element ('' = boolean present). */
  attributes: Record<string, string>;
  /** The widget cannot be shown yet (a required setting is missing or wrong). */
  blocked: boolean;
  contrast: ContrastCheck[];
  snippet: SnippetOptions | null;
}

function normaliseFolder(base: string): string {
  const trimmed = base.trim();
  return trimmed && !trimmed.endsWith('/') ? `${trimmed}/` : trimmed;
}

export function derive(state: BuilderState, el: ManifestElement, integrity: Record<string, string>, title: string): Derived {
  const fields = fieldsFor(state.tag, el);
  const problems = validate(fields, state.values);
  const folder = folderProblem(state.cdnBase);
  if (folder) problems['cdn-base'] = folder;
  const shownProblems: Record<string, string> = {};
  for (const [name, problem] of Object.entries(problems)) {
    const field = fields.find((f) => f.name === name);
    if (state.touched.has(name) || field?.required || name === 'cdn-base') shownProblems[name] = problem;
  }
  const attributes: Record<string, string> = {};
  for (const f of fields) {
    if (problems[f.name]) continue;
    const value = state.values[f.name];
    if (value === true) attributes[f.name] = '';
    else if (typeof value === 'string' && value.trim()) attributes[f.name] = value.trim();
  }
  if (state.dir) attributes.dir = state.dir;
  if (state.theme !== 'light') attributes.theme = state.theme;
  const blocked = fields.some((f) => f.required && problems[f.name]);
  const onAccent = state.useAccent ? state.onAccent : '';
  const contrast = state.useAccent ? checkBrandColour(state.accent, onAccent || null, state.theme) : [];
  const numberAttributes = (el.attributes ?? []).filter((a) => /\bnumber\b/.test(a.type?.text ?? '') && !literals(a.type?.text).length).map((a) => a.name);
  const snippet: SnippetOptions | null = Object.keys(problems).length
    ? null
    : {
        tag: state.tag,
        attributes,
        lang: state.lang,
        accent: state.useAccent ? state.accent : '',
        onAccent,
        cdnBase: normaliseFolder(state.cdnBase),
        integrity,
        numberAttributes,
        title,
      };
  return {fields, problems, shownProblems, attributes, blocked, contrast, snippet};
}
