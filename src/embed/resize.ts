/**
 * `dist/cdn/embed-resize.js`: add it to a page that shows widgets in iframes
 * (`<iframe data-ms-embed src=".../embed/index.html?widget=...">`). It keeps
 * each iframe as tall as its widget. A message is used only if it comes from
 * that iframe's window and origin and has the expected shape. Without this
 * script the iframe keeps the height the page gave it.
 */
import {isHeightMessage} from './messages.js';

const STARTED = Symbol.for('ms-widgets.embed-resize');
const flags = globalThis as unknown as Record<symbol, boolean>;

if (!flags[STARTED] && typeof window !== 'undefined') {
  flags[STARTED] = true;
  window.addEventListener('message', (event: MessageEvent) => {
    if (!isHeightMessage(event.data)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-ms-embed]')) {
      if (frame.contentWindow !== event.source) continue;
      let origin: string;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.height = `${event.data.height}px`;
      return;
    }
  });
}
