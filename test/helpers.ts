import {expect} from '@open-wc/testing';
import {emulateMedia} from './commands.js';

/** Records console.warn calls until `restore()`; the messages are joined text. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

/** Runs `fn` while collecting warnings, restoring console.warn afterwards. */
export async function withWarnings<T>(fn: () => Promise<T> | T): Promise<{result: T; warnings: string[]}> {
  const capture = captureWarnings();
  try {
    const result = await fn();
    return {result, warnings: capture.messages};
  } finally {
    capture.restore();
  }
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Checks the widget with axe in the light theme, in the dark theme on a dark
 * page, and in forced colors. The element must be attached to the document.
 */
export async function expectAccessibleInAllThemes(el: HTMLElement & {updateComplete?: Promise<unknown>}): Promise<void> {
  const page = el.parentElement!;
  const previous = {bg: page.style.background, color: page.style.color, theme: el.getAttribute('theme')};
  try {
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    await expect(el).to.be.accessible();

    page.style.background = '#111418';
    page.style.color = '#f4f4f4';
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await expect(el).to.be.accessible();

    page.style.background = previous.bg;
    page.style.color = previous.color;
    el.setAttribute('theme', 'light');
    await emulateMedia({forcedColors: 'active'});
    await el.updateComplete;
    await expect(el).to.be.accessible();
  } finally {
    await emulateMedia({forcedColors: 'none'});
    page.style.background = previous.bg;
    page.style.color = previous.color;
    if (previous.theme === null) el.removeAttribute('theme');
    else el.setAttribute('theme', previous.theme);
  }
}

/** Waits for the next two animation frames (layout and container queries settle). */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Whether the page scrolls sideways. */
export function pageScrollsSideways(): boolean {
  return document.documentElement.scrollWidth > document.documentElement.clientWidth;
}
