/**
 * Browser commands for tests, the same in Chromium, Firefox and WebKit.
 * Every test imports them from here, never from '@web/test-runner-commands'
 * directly: this file (with the wtr plugin in scripts/engines.mjs) carries the
 * differences between the engines.
 *
 *   engine()                         'chromium' | 'firefox' | 'webkit' (the engine running this file)
 *   sendKeys({press: 'Tab'})         one key or a chord: 'Space', 'Enter', 'Escape', 'Shift+Tab', 'ArrowDown'…
 *   sendKeys({type: 'some text'})    types the text key by key
 *   sendMouse({type: 'click', position: [x, y]})   as @web/test-runner-commands (page coordinates)
 *   setViewport({width, height})     resizes the page's viewport
 *   emulateMedia({media, forcedColors, reducedMotion, colorScheme})
 *                                    'print'|'screen', 'active'|'none', 'reduce'|'no-preference',
 *                                    'light'|'dark'|'no-preference'; null (or 'none'/'no-preference'/'screen') resets
 *   viewportNarrowed()               true while setViewport could only narrow the page (see below)
 *   pageScrollsSideways()            does the (emulated) viewport scroll sideways?
 *
 * How each engine does it:
 * - Chromium: the real thing through Playwright (CDP): viewport, media emulation, keys.
 * - Firefox (WebDriver BiDi): the viewport is real (browsingContext.setViewport). Media
 *   emulation in Firefox is Chromium-only in Puppeteer (CDP), so media is emulated in the page:
 *   every @media rule of every stylesheet (document, shadow roots, adopted sheets, also ones
 *   adopted later) is re-evaluated with the emulated features and its condition rewritten to
 *   match or not, and window.matchMedia answers the same way. The widgets' own @media CSS is
 *   what then applies, so the test exercises the widget's CSS; what it cannot do is the
 *   engine's own forced-colours repainting (system colours on every element).
 * - WebKit (WebDriver classic): keys are sent one action per key (WebKitWebDriver drops a
 *   repeated key inside one action list); media emulation as in Firefox; the viewport is the
 *   MiniBrowser window resized to fit. MiniBrowser windows cannot be narrower than about
 *   447 px: below that the page itself is narrowed (the root element gets the wanted width and
 *   <body> becomes the sideways scroller), `viewportNarrowed()` is true, and
 *   `pageScrollsSideways()` measures the body instead of the window. Widgets size themselves
 *   with container queries, so their layout is the one they get in a real narrow viewport.
 */
import {executeServerCommand, sendMouse as wtrSendMouse} from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';
export type SendKeysPayload = {press: string} | {type: string};
export type MediaPayload = {
  media?: 'print' | 'screen' | null;
  forcedColors?: 'active' | 'none' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
};

let currentEngine: Promise<Engine> | undefined;

/** The engine this test file runs in. */
export function engine(): Promise<Engine> {
  currentEngine ??= executeServerCommand<Engine, undefined>('ms-engine');
  return currentEngine;
}

/** Presses a key or chord, or types text, in a form every driver accepts. */
export async function sendKeys(payload: SendKeysPayload): Promise<void> {
  await executeServerCommand('ms-keys', payload);
}

export const sendMouse = wtrSendMouse;

const NARROW_STYLE_ID = 'ms-test-narrow-viewport';

/** True while the viewport is emulated by narrowing the page (WebKit below its window minimum). */
export function viewportNarrowed(): boolean {
  return document.getElementById(NARROW_STYLE_ID) !== null;
}

/** Resizes the viewport (see the header for WebKit's narrow windows). */
export async function setViewport(size: {width: number; height: number}): Promise<void> {
  const reached = await executeServerCommand<{width: number; height: number}, typeof size>('ms-viewport', size);
  document.getElementById(NARROW_STYLE_ID)?.remove();
  if (reached && reached.width > size.width) {
    const style = document.createElement('style');
    style.id = NARROW_STYLE_ID;
    style.textContent = `html { width: ${size.width}px !important; overflow-x: hidden !important; overflow-y: auto !important; }
      body { overflow-x: auto !important; overflow-y: visible !important; }`;
    document.head.append(style);
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Does the page (or, while narrowed, the narrowed page) scroll sideways? */
export function pageScrollsSideways(): boolean {
  const scroller = viewportNarrowed() ? document.body : document.documentElement;
  return scroller.scrollWidth > scroller.clientWidth;
}

/* ---- media emulation in the page (Firefox, WebKit) ---- */

const emulated: MediaPayload = {};
const originalMedia = new WeakMap<CSSMediaRule, string>();
const nativeMatchMedia = window.matchMedia.bind(window);
const ALWAYS = '(min-width: 0px)';
const NEVER = '(max-width: 0px)';

/** A media query text with every emulated feature replaced by a condition that holds or not. */
function rewriteQuery(text: string): string {
  const flag = (on: boolean) => (on ? ALWAYS : NEVER);
  let out = text;
  if (emulated.forcedColors) {
    out = out.replace(/\(\s*forced-colors\s*(?::\s*(active|none)\s*)?\)/gi, (_, value) =>
      flag((value ?? 'active').toLowerCase() === emulated.forcedColors)
    );
  }
  if (emulated.reducedMotion) {
    out = out.replace(/\(\s*prefers-reduced-motion\s*(?::\s*(reduce|no-preference)\s*)?\)/gi, (_, value) =>
      flag((value ?? 'reduce').toLowerCase() === emulated.reducedMotion)
    );
  }
  if (emulated.colorScheme) {
    out = out.replace(/\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/gi, (_, value) =>
      flag(value.toLowerCase() === emulated.colorScheme)
    );
  }
  if (emulated.media) {
    // An unknown media type matches nothing; "all" matches everything.
    out = out.replace(/(^|,|\bonly\s+|\bnot\s+)(\s*)(print|screen)\b/gi, (_, before, space, type) =>
      `${before}${space}${type.toLowerCase() === emulated.media ? 'all' : 'ms-emulated-other-medium'}`
    );
  }
  return out;
}

function rewriteRules(rules: CSSRuleList): void {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSMediaRule) {
      if (!originalMedia.has(rule)) originalMedia.set(rule, rule.media.mediaText);
      const wanted = rewriteQuery(originalMedia.get(rule)!);
      if (rule.media.mediaText !== wanted) rule.media.mediaText = wanted;
    }
    if ('cssRules' in rule) rewriteRules((rule as CSSGroupingRule).cssRules);
  }
}

function rewriteSheet(sheet: CSSStyleSheet): void {
  try {
    rewriteRules(sheet.cssRules);
  } catch {
    // a cross-origin sheet cannot be read; the widgets have none
  }
}

function allRoots(root: Document | ShadowRoot = document, out: (Document | ShadowRoot)[] = []) {
  out.push(root);
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) allRoots(el.shadowRoot, out);
  return out;
}

function rewriteEverything(): void {
  for (const root of allRoots()) {
    for (const sheet of Array.from(root.styleSheets)) rewriteSheet(sheet);
    for (const sheet of root.adoptedStyleSheets) rewriteSheet(sheet);
  }
}

let hooked = false;
/** Sheets adopted or added after emulateMedia() get the same treatment. */
function hookNewSheets(): void {
  if (hooked) return;
  hooked = true;
  for (const proto of [ShadowRoot.prototype, Document.prototype]) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'adoptedStyleSheets');
    if (!descriptor?.set || !descriptor.get) continue;
    Object.defineProperty(proto, 'adoptedStyleSheets', {
      configurable: true,
      enumerable: descriptor.enumerable,
      get: descriptor.get,
      set(this: ShadowRoot | Document, sheets: CSSStyleSheet[]) {
        for (const sheet of sheets) rewriteSheet(sheet);
        descriptor.set!.call(this, sheets);
      },
    });
  }
  // New <style>/<link> elements in the document (shadow roots' sheets come through the setter above).
  new MutationObserver((records) => {
    if (!Object.keys(emulated).length) return;
    const added = records.flatMap((r) => Array.from(r.addedNodes));
    if (added.some((n) => n instanceof HTMLStyleElement || n instanceof HTMLLinkElement)) rewriteEverything();
  }).observe(document, {childList: true, subtree: true});
  window.matchMedia = (query: string) => nativeMatchMedia(rewriteQuery(query));
}

/**
 * Emulates media features and the print medium. Chromium: natively. Firefox and WebKit:
 * the page's @media rules are re-evaluated (see the header).
 */
export async function emulateMedia(payload: MediaPayload): Promise<void> {
  const native = await executeServerCommand<boolean, MediaPayload>('ms-media', payload);
  if (!native) {
    const reset = {forcedColors: 'none', reducedMotion: 'no-preference', colorScheme: 'no-preference', media: 'screen'} as const;
    for (const key of Object.keys(payload) as (keyof MediaPayload)[]) {
      const value = payload[key];
      // The engine's own answer stands for "none", "no-preference" and "screen": nothing is emulated then.
      if (value === null || value === undefined || value === reset[key]) delete emulated[key];
      else (emulated as Record<string, string>)[key] = value;
    }
    hookNewSheets();
    rewriteEverything();
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
