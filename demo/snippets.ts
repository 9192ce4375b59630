/**
 * Embed snippets for the embed-code builder. Pure functions, so the tests can
 * paste what they return into a blank page and check that it works.
 */
export interface SnippetOptions {
  /** Tag name, e.g. `ms-breathing-pacer`. */
  tag: string;
  /** Attributes to set (already validated by the builder). Booleans: '' means present. */
  attributes: Record<string, string>;
  /** Language of the widget, or '' to follow the page. */
  lang: string;
  /** Brand colour, or '' for the default. */
  accent: string;
  /** Text colour on the brand colour (`--ms-on-accent`), or '' for the theme's default. */
  onAccent?: string;
  /** Base URL of the CDN folder, ending in `/` (e.g. `https://cdn.example/pkg@1.0.0/dist/cdn/`). */
  cdnBase: string;
  /** SRI hashes by file name relative to the CDN folder (`integrity.json`); empty when unknown. */
  integrity: Record<string, string>;
  /** Attributes whose values are numbers (written as JSON numbers in the WordPress block). */
  numberAttributes?: string[];
  /** Readable name of the widget, for the iframe's title. */
  title?: string;
}

/** The optional stylesheet that reserves each widget's space before its script runs. */
const STYLESHEET = 'ms-widgets.css';

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function integrityAttrs(file: string, o: SnippetOptions): string {
  const hash = o.integrity[file];
  return hash ? ` integrity="${hash}" crossorigin="anonymous"` : '';
}

function scriptTag(file: string, o: SnippetOptions): string {
  return `<script type="module" src="${escapeAttr(o.cdnBase + file)}"${integrityAttrs(file, o)}></script>`;
}

/**
 * The reserve-space stylesheet, when this version ships one (it has an entry
 * in integrity.json), else nothing. The one place that decides it.
 */
function stylesheetTag(o: SnippetOptions): string {
  if (!o.integrity[STYLESHEET]) return '';
  return `<link rel="stylesheet" href="${escapeAttr(o.cdnBase + STYLESHEET)}"${integrityAttrs(STYLESHEET, o)}>\n`;
}

function styleAttr(o: SnippetOptions): string {
  const rules = [o.accent && `--ms-accent: ${o.accent}`, o.onAccent && `--ms-on-accent: ${o.onAccent}`].filter(Boolean);
  return rules.length ? ` style="${escapeAttr(rules.join('; '))}"` : '';
}

function element(o: SnippetOptions): string {
  const attrs = Object.entries(o.attributes).map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`
  );
  if (o.lang) attrs.push(` lang="${escapeAttr(o.lang)}"`);
  return `<${o.tag}${attrs.join('')}${styleAttr(o)}></${o.tag}>`;
}

/** One script tag with every widget, then the element. */
export function bundleSnippet(o: SnippetOptions): string {
  return `${stylesheetTag(o)}${scriptTag('ms-widgets.js', o)}\n${element(o)}`;
}

/** The on-demand loader, then the element. */
export function loaderSnippet(o: SnippetOptions): string {
  return `${stylesheetTag(o)}${scriptTag('loader.js', o)}\n${element(o)}`;
}

/** An iframe for CMSs that strip scripts, plus the optional resize script. */
export function iframeSnippet(o: SnippetOptions): string {
  const params = new URLSearchParams({widget: o.tag});
  for (const [name, value] of Object.entries(o.attributes)) params.set(name, value);
  if (o.lang) params.set('lang', o.lang);
  if (o.accent) params.set('accent', o.accent);
  if (o.onAccent) params.set('on-accent', o.onAccent);
  const src = new URL(`../embed/index.html?${params}`, new URL(o.cdnBase, 'https://placeholder.invalid/'));
  const url = src.origin === 'https://placeholder.invalid' ? `${src.pathname}${src.search}` : src.href;
  const title = o.title ?? o.tag.replace(/^ms-/, '').replace(/-/g, ' ');
  return (
    `<iframe data-ms-embed src="${escapeAttr(url)}" title="${escapeAttr(title)}" ` +
    `width="100%" height="600" loading="lazy" style="border: 0; width: 100%"></iframe>\n` +
    scriptTag('embed-resize.js', o)
  );
}

/** `hold-in` -> `holdIn`: the WordPress block's attribute names. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_all, c: string) => c.toUpperCase());
}

const blockName = (tag: string) => tag.replace(/^ms-/, '');

/** The settings as the WordPress plugin takes them: booleans true, numbers as numbers, the rest as text. */
function pluginAttributes(o: SnippetOptions): [string, string | number | boolean][] {
  const numbers = new Set(o.numberAttributes ?? []);
  const entries: [string, string | number | boolean][] = Object.entries(o.attributes).map(([name, value]) => {
    if (value === '') return [name, true];
    if (numbers.has(name) && value.trim() !== '' && Number.isFinite(Number(value))) return [name, Number(value)];
    return [name, value];
  });
  if (o.lang) entries.push(['lang', o.lang]);
  return entries;
}

/**
 * A WordPress block comment, for pages built in the block editor with the
 * MS Numbness Widgets plugin. The JSON is escaped the way WordPress writes
 * block attributes, so no value can end the comment.
 */
export function wordpressBlockSnippet(o: SnippetOptions): string {
  const attrs = Object.fromEntries(pluginAttributes(o).map(([name, value]) => [camelCase(name), value]));
  const json = Object.keys(attrs).length
    ? ` ${JSON.stringify(attrs)
        .replace(/--/g, '\\u002d\\u002d')
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\\"/g, '\\u0022')}`
    : '';
  return `<!-- wp:ms-numbness-widgets/${blockName(o.tag)}${json} /-->`;
}

const escapeShortcode = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\[/g, '&#91;').replace(/]/g, '&#93;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A WordPress shortcode, for classic pages and widget areas, with the MS Numbness Widgets plugin. */
export function wordpressShortcodeSnippet(o: SnippetOptions): string {
  const attrs = pluginAttributes(o).map(([name, value]) => ` ${name}="${escapeShortcode(String(value))}"`);
  return `[ms_widget name="${blockName(o.tag)}"${attrs.join('')}]`;
}

export interface SnippetForm {
  id: string;
  label: string;
  hint: string;
  make: (o: SnippetOptions) => string;
  /** The form carries the brand colour (WordPress forms take it from the site's CSS). */
  carriesColour: boolean;
}

/** Every form of snippet the builder offers, the simplest first. */
export const SNIPPET_FORMS: SnippetForm[] = [
  {
    id: 'bundle',
    label: 'Script tag (simplest)',
    hint: 'Paste it where the widget should appear. With several widgets on one page, the script tag is needed only once.',
    make: bundleSnippet,
    carriesColour: true,
  },
  {
    id: 'loader',
    label: 'Loader (loads only the widgets on the page)',
    hint: 'A smaller script that fetches each widget when it appears. Good for pages with one or two widgets.',
    make: loaderSnippet,
    carriesColour: true,
  },
  {
    id: 'iframe',
    label: 'iframe (for sites that remove scripts)',
    hint: 'For page builders that do not allow script tags. The small script keeps the frame as tall as the widget; without it the frame is 600 pixels tall.',
    make: iframeSnippet,
    carriesColour: true,
  },
  {
    id: 'wp-block',
    label: 'WordPress block (needs the MS Numbness Widgets plugin)',
    hint: 'In the block editor, open the Code editor and paste it where the widget should appear.',
    make: wordpressBlockSnippet,
    carriesColour: false,
  },
  {
    id: 'wp-shortcode',
    label: 'WordPress shortcode (needs the MS Numbness Widgets plugin)',
    hint: 'For classic pages and widget areas: paste it into a Shortcode block or the text editor.',
    make: wordpressShortcodeSnippet,
    carriesColour: false,
  },
];
