import type {ReactiveElement} from 'lit';
import {watchHostContent} from '../../behaviors/host-content.js';
import type {Quote} from './content.js';

/**
 * Text of a node with whitespace collapsed: host-content's `cleanText`, copied
 * so that this lazily loaded file imports nothing back from the widget's own
 * file (which would cost the widget file a shared runtime chunk).
 */
const cleanText = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads the host's `<figure><blockquote>…</blockquote><figcaption>…</figcaption></figure>`
 * (or bare `<blockquote>`) children as text. Loaded with `import()` only when
 * the host has such children (issue 18: the article's quotes need none of it).
 * From then on the widget follows edits inside its host.
 */
export function readHostQuotes(host: ReactiveElement): Quote[] | null {
  watchHostContent(host);
  const quotes = [...host.querySelectorAll(':scope > figure, :scope > blockquote')]
    .map((node) => {
      const isFigure = node.localName === 'figure';
      return {
        text: cleanText(isFigure ? node.querySelector('blockquote') : node),
        // The widget draws its own dash, so a typed one is dropped.
        who: isFigure ? cleanText(node.querySelector('figcaption')).replace(/^[—–-]+\s*/, '') : '',
      };
    })
    .filter((quote) => quote.text);
  return quotes.length ? quotes : null;
}
