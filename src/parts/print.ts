/**
 * Prints a clean summary without the rest of the host page: the summary is
 * built with DOM calls (never HTML strings) in a hidden iframe, styled with a
 * constructable stylesheet (allowed under a strict CSP), printed, then
 * removed. `build` receives the iframe's document and returns the content,
 * or a promise of it when the code that makes it is still loading (the job
 * is returned at once all the same; the page is printed when the content is
 * there, and nothing is printed when it settles with undefined).
 */
export interface PrintJob {
  /** The printed document (for tests). */
  document: Document;
  /** Resolves when printing was started and the iframe removed. */
  done: Promise<void>;
}

const PRINT_CSS = `
  body { font: 12pt/1.5 system-ui, sans-serif; color: #000; background: #fff; margin: 1.5cm; }
  h1 { font-size: 18pt; margin: 0 0 0.5em; }
  h2 { font-size: 14pt; margin: 1em 0 0.25em; }
  ul, ol { padding-inline-start: 1.5em; }
  li { margin-block: 0.2em; }
  .small { font-size: 10pt; }
`;

export function printSummary(
  title: string,
  lang: string,
  dir: string,
  build: (doc: Document) => Node | Promise<Node | undefined>,
  print: (win: Window) => void = (win) => win.print()
): PrintJob {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = title;
  frame.style.cssText = 'position:fixed;inset-inline-start:-10000px;inline-size:1px;block-size:1px;border:0';
  // Chromium and WebKit load the frame's blank page while it is added; Firefox
  // (140.12) loads it a moment later and then swaps in a new, empty document.
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), {once: true}));
  let settled = false;
  void loaded.then(() => (settled = true));
  document.body.append(frame);
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  const style = (d: Document) => {
    d.documentElement.lang = lang;
    d.documentElement.dir = dir;
    d.title = title;
    const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    d.adoptedStyleSheets = [sheet];
  };
  style(doc);
  /** The document the frame shows once loaded, with the summary in it. */
  const ready = async (content: Node) => {
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await Promise.race([loaded, wait(0)]);
    // Not loaded yet (Firefox): wait for it, but never longer than a second.
    if (!settled && (frame.contentDocument !== doc || doc.readyState !== 'complete')) await Promise.race([loaded, wait(1000)]);
    const shown = frame.contentDocument;
    if (shown && shown !== doc) {
      style(shown);
      shown.body.replaceChildren(shown.importNode(content, true));
    }
  };
  const fill = async (content?: Node) => {
    if (content) doc.body.replaceChildren(content);
    try {
      if (content) {
        await ready(content);
        print(win);
      }
    } finally {
      frame.remove();
    }
  };
  // The content's node comes from the iframe's window, so `instanceof Node` would not know it.
  const made = build(doc);
  return {document: doc, done: 'then' in made ? made.then(fill, () => fill()) : fill(made)};
}
