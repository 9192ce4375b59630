import {adoptStyles, type CSSResultOrNative, type LitElement} from 'lit';

/**
 * Adds the styles of a part that is loaded later (with `import()`, such as
 * the mood diary's strip) to a widget's shadow root, so the first paint does
 * not carry CSS for what it does not show. Call it before the first render
 * that shows the part (from the part's own module, so the CSS travels with
 * it). Constructed style sheets, as Lit's own, so a strict CSP allows them.
 */
export function addLateStyles(el: LitElement, styles: CSSResultOrNative[]): void {
  if (styled.has(el)) return;
  styled.add(el);
  adoptStyles(el.renderRoot as ShadowRoot, [...(el.constructor as typeof LitElement).elementStyles, ...styles]);
}

/** The widgets that have them already (each gets them once). */
const styled = new WeakSet<LitElement>();
