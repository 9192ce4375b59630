/**
 * Functions that run inside the browser page (passed to page.evaluate), so
 * they use only what the page has. Each returns plain data for the test to
 * assert on.
 */

/** Waits (up to `ms`) for every tag to be defined and every widget to finish rendering; reads them. */
export async function readWidgets({tags, ms}) {
  const timeout = new Promise((resolve) => setTimeout(resolve, ms, 'timeout'));
  const defined = await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), timeout]);
  const elements = [...document.querySelectorAll(tags.join(','))];
  await Promise.race([Promise.all(elements.map((el) => el.updateComplete)), timeout]);
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    timedOut: defined === 'timeout',
    undefinedTags: tags.filter((t) => !customElements.get(t)),
    elements: elements.map((el) => {
      const fallback = el.querySelector(':scope > .ms-widget-fallback');
      return {
        tag: el.localName,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        shadowText: text(el.shadowRoot),
        shadowHeading: text(el.shadowRoot?.querySelector('[part~="heading"]')),
        shadowLinks: [...(el.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href')),
        fallbackHeading: text(fallback?.querySelector('h1, h2, h3, h4, h5, h6')),
        fallbackShown: !!fallback && fallback.getClientRects().length > 0,
        height: el.getBoundingClientRect().height,
      };
    }),
  };
}

/** Every attribute of every element, also inside shadow roots, that could run script. */
export function findScriptVectors() {
  const found = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
        if (/^\s*(javascript|data|vbscript):/i.test(a.value)) found.push(`<${el.localName} ${a.name}="${a.value}">`);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  const inlineScripts = [...document.querySelectorAll('main script')].map((s) => s.outerHTML.slice(0, 120));
  return {found, inlineScripts, notices: [...document.querySelectorAll('.ms-widget-notice')].map((n) => n.textContent.trim())};
}

/** The block editor's view of the post: blocks and whether each is valid, the categories, our block types. */
export function readEditor() {
  const {select} = window.wp.data;
  const flatten = (blocks) => blocks.flatMap((b) => [b, ...flatten(b.innerBlocks ?? [])]);
  const blocks = flatten(select('core/block-editor').getBlocks());
  return {
    blocks: blocks.map((b) => ({name: b.name, isValid: b.isValid, attributes: b.attributes, clientId: b.clientId})),
    category: window.wp.blocks.getCategories().find((c) => c.slug === 'ms-widgets') ?? null,
    types: window.wp.blocks
      .getBlockTypes()
      .filter((t) => t.category === 'ms-widgets')
      .map((t) => t.name)
      .sort(),
  };
}

/** The widget preview in the editor canvas (the page itself, or the canvas iframe). */
export async function readEditorPreview({tag, ms}) {
  const frame = document.querySelector('iframe[name="editor-canvas"]');
  const doc = frame?.contentDocument ?? document;
  const win = frame?.contentWindow ?? window;
  const el = doc.querySelector(tag);
  if (!el) return {found: false};
  const timeout = new Promise((resolve) => setTimeout(resolve, ms, 'timeout'));
  await Promise.race([win.customElements.whenDefined(tag), timeout]);
  await Promise.race([el.updateComplete, timeout]);
  return {
    found: true,
    iframe: !!frame,
    defined: !!win.customElements.get(tag),
    text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
    lang: el.getAttribute('lang'),
    loaders: doc.querySelectorAll('script[data-ms-numbness-widgets]').length,
  };
}
