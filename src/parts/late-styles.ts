import {adoptStyles, type CSSResultOrNative, type LitElement} from 'lit';

/**
 * Adds the styles of a part that is loaded later (with `import()`, such as
 * the mood diary's strip) to a widget's shadow root, so the first paint does
 * not carry CSS for what it does not show. Call it before the first render
 * that shows the part (from the part's own module, so the CSS travels with
 * it). Each set is added once per widget; a second set is added after the
 * first, never in its place. Constructed style sheets, as Lit's own, so a
 * strict CSP allows them.
 */
export function addLateStyles(el: LitElement, styles: CSSResultOrNative[]): void {
  const sets = added.get(el) ?? [];
  if (sets.includes(styles)) return;
  added.set(el, [...sets, styles]);
  adoptStyles(el.renderRoot as ShadowRoot, [(el.constructor as typeof LitElement).elementStyles, ...sets, styles].flat());
}

/** The late style sets each widget has already. */
const added = new WeakMap<LitElement, CSSResultOrNative[][]>();
