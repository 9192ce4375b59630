/**
 * The on-demand loader (`dist/cdn/loader.js`). It watches the page and loads
 * a widget's code only when that widget's element appears, also when a CMS
 * adds it later. Loading it twice is harmless.
 */
import {widgetLoaders} from '../generated/widget-loaders.js';

const STARTED = Symbol.for('ms-widgets.loader-started');
const flags = globalThis as unknown as Record<symbol, boolean>;

if (!flags[STARTED] && typeof document !== 'undefined') {
  flags[STARTED] = true;
  const waiting = new Set(Object.keys(widgetLoaders));
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
