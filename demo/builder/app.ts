/**
 * The embed-code builder, for charity editors: choose a widget, set it up
 * with plain-language controls made from custom-elements.json, see it live
 * beside the form, and copy the code in the form their site needs.
 */
import {html, render} from 'lit';
import {renderChooser} from './chooser.js';
import {renderField} from './controls.js';
import {fieldsFor, widgetDescription, widgetElements, widgetName, type Manifest} from './fields.js';
import {renderLook} from './look.js';
import {renderOutput, type OutputState} from './output.js';
import {Preview} from './preview.js';
import {VERSION} from './project.js';
import {derive, initialState, switchWidget, type BuilderState} from './state.js';
import {parseHex} from './contrast.js';

export interface BuilderOptions {
  manifest: Manifest;
  /** The hashes of this version's CDN files (`integrity.json`), or null when there are none. */
  loadIntegrity: () => Promise<Record<string, string> | null>;
  /** The widget to start with (e.g. from `?widget=`). */
  initialTag?: string | null;
}

export const DEFAULT_CDN_BASE = `https://cdn.jsdelivr.net/npm/ms-numbness-widgets@${VERSION}/dist/cdn/`;

const THEME_NOTE = {light: 'on a light page', dark: 'on a dark page', auto: 'on a page that follows your device'} as const;

/** Renders the builder into `root` and keeps it up to date. Returns a handle for tests. */
export function mountBuilder(root: HTMLElement, options: BuilderOptions) {
  const elements = widgetElements(options.manifest);
  const first = options.initialTag && elements.has(options.initialTag) ? options.initialTag : 'ms-breathing-pacer';
  const firstTag = elements.has(first) ? first : [...elements.keys()][0]!;
  let state: BuilderState = initialState(firstTag, elements.get(firstTag)!, DEFAULT_CDN_BASE);
  const out: OutputState = {form: 'bundle', copiedText: '', copyMessage: ''};
  let integrity: Record<string, string> = {};
  let integrityNote = 'Reading the integrity hashes…';
  let preview: Preview | null = null;

  const change = (patch: Partial<BuilderState>) => {
    state = {...state, ...patch};
    update();
  };
  const events = {
    value(name: string, value: string | boolean) {
      change({values: {...state.values, [name]: value}});
    },
    leave(name: string) {
      if (state.touched.has(name)) return;
      change({touched: new Set([...state.touched, name])});
    },
  };
  const choose = (tag: string) => {
    state = switchWidget(state, tag, elements.get(tag)!);
    const url = new URL(location.href);
    url.searchParams.set('widget', tag);
    history.replaceState(null, '', url);
    update();
  };
  const copy = async (text: string, textarea: HTMLTextAreaElement) => {
    try {
      await navigator.clipboard.writeText(text);
      out.copyMessage = 'Copied. Paste it into your page where the widget should appear.';
    } catch {
      textarea.focus();
      textarea.select();
      out.copyMessage = 'Your browser did not let the page copy. The code is selected: press Ctrl+C (or Cmd+C on a Mac).';
    }
    out.copiedText = text;
    update();
  };

  function update(): void {
    const el = elements.get(state.tag)!;
    const name = widgetName(state.tag);
    const derived = derive(state, el, integrity, name);
    if (state.useAccent && !parseHex(state.accent)) {
      derived.problems['accent-code'] = 'Use # and six letters or digits, such as #6b2c91.';
      derived.snippet = null;
    }
    const fields = fieldsFor(state.tag, el);
    const template = html`<div class="builder-layout">
      <form class="builder-form" novalidate @submit=${(e: Event) => e.preventDefault()}>
        ${renderChooser(elements, state.tag, choose)}
        <fieldset class="step" id="settings">
          <legend><span class="step-number">2</span> Settings: ${name}</legend>
          <p class="hint">${widgetDescription(state.tag, el)}</p>
          ${fields.length
            ? fields.map((f) => renderField(f, state.values[f.name] ?? '', derived.shownProblems[f.name] ?? '', events))
            : html`<p>This widget has no settings of its own.</p>`}
        </fieldset>
        ${renderLook(state, derived.contrast, change)}
      </form>
      <aside class="preview-column" aria-labelledby="preview-heading">
        <div class="preview-sticky">
          <h2 id="preview-heading">Preview</h2>
          <p class="hint" id="preview-note">${name}, ${THEME_NOTE[state.theme]}. It works: try it.</p>
          <div id="preview" class="preview-surface"></div>
        </div>
      </aside>
      <div class="output-column">
        ${renderOutput(state, derived, out, integrityNote, {
          form: (id) => {
            out.form = id;
            update();
          },
          copy: (text, textarea) => void copy(text, textarea),
          change,
          leave: events.leave,
        })}
      </div>
    </div>`;
    render(template, root);
    preview ??= new Preview(root.querySelector<HTMLElement>('#preview')!);
    preview.update({
      tag: state.tag,
      attributes: derived.attributes,
      lang: state.lang,
      accent: state.useAccent && parseHex(state.accent) ? state.accent : '',
      onAccent: state.useAccent ? state.onAccent : '',
      theme: state.theme,
      blockedMessage: derived.blocked
        ? `The preview appears when the required settings are filled in: ${fields
            .filter((f) => f.required && derived.problems[f.name])
            .map((f) => f.label.toLowerCase())
            .join(', ')}.`
        : '',
    });
  }

  update();
  const ready = options.loadIntegrity().then((hashes) => {
    integrity = hashes ?? {};
    integrityNote = hashes
      ? `The code includes integrity hashes (SRI) for version ${VERSION}, so browsers refuse files that were changed. If you change the version in the address, the hashes no longer fit.`
      : 'This copy of the builder has no integrity.json (run “npm run build”), so the code has no integrity hashes.';
    update();
  });

  return {
    /** Settles once the integrity hashes are read. */
    ready,
    get state() {
      return state;
    },
    choose,
    update,
    get preview() {
      return preview?.element ?? null;
    },
  };
}
