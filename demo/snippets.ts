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
  /** Base URL of the CDN folder, ending in `/` (e.g. `https://cdn.example/pkg@1.0.0/dist/cdn/`). */
  cdnBase: string;
  /** SRI hashes by file name relative to the CDN folder (`integrity.json`); empty when unknown. */
  integrity: Record<string, string>;
}

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function scriptTag(file: string, o: SnippetOptions): string {
  const hash = o.integrity[file];
  const integrity = hash ? ` integrity="${hash}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${escapeAttr(o.cdnBase + file)}"${integrity}></script>`;
}

function element(o: SnippetOptions): string {
  const attrs = Object.entries(o.attributes).map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`
  );
  if (o.lang) attrs.push(` lang="${escapeAttr(o.lang)}"`);
  if (o.accent) attrs.push(` style="--ms-accent: ${escapeAttr(o.accent)}"`);
  return `<${o.tag}${attrs.join('')}></${o.tag}>`;
}

/** One script tag with every widget, then the element. */
export function bundleSnippet(o: SnippetOptions): string {
  return `${scriptTag('ms-widgets.js', o)}\n${element(o)}`;
}

/** The on-demand loader, then the element. */
export function loaderSnippet(o: SnippetOptions): string {
  return `${scriptTag('loader.js', o)}\n${element(o)}`;
}

/** An iframe for CMSs that strip scripts, plus the optional resize script. */
export function iframeSnippet(o: SnippetOptions): string {
  const params = new URLSearchParams({widget: o.tag});
  for (const [name, value] of Object.entries(o.attributes)) params.set(name, value);
  if (o.lang) params.set('lang', o.lang);
  if (o.accent) params.set('accent', o.accent);
  const src = new URL(`../embed/index.html?${params}`, new URL(o.cdnBase, 'https://placeholder.invalid/'));
  const url = src.origin === 'https://placeholder.invalid' ? `${src.pathname}${src.search}` : src.href;
  return (
    `<iframe data-ms-embed src="${escapeAttr(url)}" title="${escapeAttr(o.tag.replace(/^ms-/, '').replace(/-/g, ' '))}" ` +
    `width="100%" height="600" loading="lazy" style="border: 0; width: 100%"></iframe>\n` +
    scriptTag('embed-resize.js', o)
  );
}
