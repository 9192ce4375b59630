import {adoptStyles, type CSSResultOrNative, type LitElement} from 'lit';

/**
 * Adds the styles of a part that is loaded later (with `import()`, such as
 * the mood diary's strip) to a widget's shadow root, so the first paint does
 * not carry CSS for what it does not show. Call it before the first render
 * that shows the part (from the part's own module, so the CSS travels with
 * it). Constructed style sheets, as Lit's own, so a strict CSP allows them.
 */
export function addLateStyles(el: LitElement, styles: CSSResultOrNative[]): void {
  const added = styled.get(el) ?? [];
  const more = styles.filter((style) => !added.includes(style));
  if (!more.length) return;
  // Two late parts of one widget (such as the journal's writing box and its delete question) both keep theirs.
  styled.set(el, [...added, ...more]);
  adoptStyles(el.renderRoot as ShadowRoot, [...(el.constructor as typeof LitElement).elementStyles, ...added, ...more]);
}

/** The late styles each widget has already (each is added once). */
const styled = new WeakMap<LitElement, CSSResultOrNative[]>();
