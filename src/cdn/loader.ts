/**
 * The on-demand loader (`dist/cdn/loader.js`). It watches the page and loads
 * a widget's code only when that widget's element appears, also when a CMS
 * adds it later. Loading it twice is harmless. First it adopts the
 * reserve-space rules (the same as dist/cdn/ms-widgets.css) as a constructed
 * stylesheet, which a strict style-src Content-Security-Policy allows, so a
 * widget keeps its place while its code downloads.
 */
import {widgetLoaders} from '../generated/widget-loaders.js';
import {reserveSteps} from '../generated/reserve-space.js';
import {reserveCss} from './reserve-css.js';

const STARTED = Symbol.for('ms-widgets.loader-started');
const flags = globalThis as unknown as Record<symbol, boolean>;

if (!flags[STARTED] && typeof document !== 'undefined') {
  flags[STARTED] = true;
  const tags = Object.keys(widgetLoaders);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reserveCss(tags, reserveSteps));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructed stylesheets (older browsers): widgets still load, the page may move.
  }
  const waiting = new Set(tags);
  const load = (root: ParentNode) => {
    for (const tag of waiting) {
      const isTag = root instanceof Element && root.localName === tag;
      if (!isTag && !root.querySelector(tag)) continue;
      waiting.delete(tag);
      widgetLoaders[tag]!().catch((error: unknown) => {
        waiting.add(tag);
        console.warn(`[ms-widgets] Could not load <${tag}>.`, error);
      });
    }
    if (!waiting.size) observer.disconnect();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) load(node);
    }
  });
  observer.observe(document.documentElement, {childList: true, subtree: true});
  load(document);
}
