import {css} from 'lit';

/**
 * Shared styles for content boxes, for the widgets that show them (every
 * widget with controls has them through `controlStyles`): `.panel`, a box on
 * the surface colour; `.visually-hidden`, text for screen readers only;
 * `.breakable`, web addresses, DOIs and similar strings that may break
 * anywhere. Add `panelStyles` after the element's inherited styles.
 * `panelBoxStyles` is `.panel` alone and `visuallyHiddenStyles` `.visually-hidden` alone, for the widgets that need no other of
 * these rules (issue 18: they do not carry the rest); `panelStyles` includes it.
 */
export const panelBoxStyles = /* @__PURE__ */ css`
  .panel {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 1em;
    padding-inline: var(--_inset);
  }
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
  }
`;

/** `.visually-hidden` alone: text for screen readers only (a host's `::part` rules cannot show it). */
export const visuallyHiddenStyles = /* @__PURE__ */ (() => css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`)();

// Made in a function, so a bundle that does not use it drops it (a tagged template alone cannot be marked pure).
export const panelStyles = /* @__PURE__ */ (() => css`
  ${panelBoxStyles}
  ${visuallyHiddenStyles}
  .breakable {
    overflow-wrap: anywhere;
    hyphens: none;
  }
`)();
