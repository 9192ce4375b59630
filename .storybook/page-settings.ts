import {html, type TemplateResult} from 'lit';

interface Globals {
  locale?: string;
  dir?: string;
  theme?: string;
  motion?: string;
  forcedColors?: string;
  textSize?: string;
}

/**
 * A high-contrast palette like the one a forced-colours mode (Windows
 * Contrast themes) imposes, given to the widgets through their public custom
 * properties. It is a preview only: the real `forced-colors: active` media
 * query cannot be switched on from a page (use the browser's rendering
 * emulation, or `npm run screenshots`, which does).
 */
const FORCED_PALETTE =
  'background: #000000; color: #ffffff; --ms-text: #ffffff; --ms-accent: #ffff00; --ms-on-accent: #000000; ' +
  '--ms-surface: #000000; --ms-surface-strong: #000000; --ms-border: #ffffff; --ms-focus: #00ffff;';

/**
 * Storybook decorator: renders each story inside a "host page" with the
 * toolbar's language, direction, theme, reduced-motion, forced-colours and
 * text-size choices, the way a charity page would set them (lang/dir on an
 * ancestor, theme on the widget, the text size on the page).
 */
export function withPageSettings(story: () => unknown, context: {globals: Globals}): TemplateResult {
  const {locale = 'en', dir = 'auto', theme = 'light', motion = 'full', forcedColors = 'none', textSize = '100%'} = context.globals;
  const dark = theme === 'dark';
  const forced = forcedColors === 'active';
  const colours = forced ? FORCED_PALETTE : `background: ${dark ? '#14161a' : '#ffffff'}; color: ${dark ? '#f2f2f2' : '#1d1d1f'};`;
  const wrapper = html`<div
    class="story-page"
    lang=${locale}
    dir=${dir === 'auto' ? (['ar', 'he', 'fa', 'ur'].includes(locale) ? 'rtl' : 'ltr') : dir}
    data-theme=${theme}
    data-motion=${motion}
    data-forced-colors=${forcedColors}
    style="padding: 1rem; font-size: ${/^\d{2,3}%$/.test(textSize) ? textSize : '100%'}; ${colours}"
  >
    ${story()}
  </div>`;
  // Apply theme and reduced motion to every widget in the story once rendered
  // (reduced motion is only added: a story that sets it keeps it).
  queueMicrotask(() => {
    for (const page of document.querySelectorAll<HTMLElement>('.story-page')) {
      for (const el of page.querySelectorAll('*')) {
        if (!el.localName.startsWith('ms-')) continue;
        el.setAttribute('theme', forced ? 'dark' : theme);
        if (motion === 'reduce') el.setAttribute('reduced-motion', '');
      }
    }
  });
  return wrapper;
}

/** Sets each arg as an attribute when the element observes it (booleans as presence). */
export function attributesFor(tag: string, args: Record<string, unknown>): Record<string, string | null> {
  const ctor = customElements.get(tag) as unknown as {observedAttributes?: string[]} | undefined;
  const observed = new Set(ctor?.observedAttributes ?? []);
  const out: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(args)) {
    if (!observed.has(name)) continue;
    if (value === undefined || value === null || value === false || value === '') out[name] = null;
    else out[name] = value === true ? '' : String(value);
  }
  return out;
}

/** Creates the element with the story's args as attributes (and optional light-DOM content). */
export function renderWidget(tag: string, args: Record<string, unknown>, content?: string): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributesFor(tag, args))) {
    if (value !== null) el.setAttribute(name, value);
  }
  if (content) {
    // Story content is written by us, never by users.
    el.append(document.createRange().createContextualFragment(content));
  }
  return el;
}

/** The widget in a 320 px column, as in a narrow sidebar or on a small phone. */
export function renderNarrow(tag: string, args: Record<string, unknown>, content?: string): HTMLElement {
  const frame = document.createElement('div');
  frame.style.maxWidth = '320px';
  frame.append(renderWidget(tag, args, content));
  return frame;
}
