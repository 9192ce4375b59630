import {css} from 'lit';

/**
 * Styles every widget shares: theme tokens, a reset against hostile host CSS,
 * large targets, visible focus, forced colors and reduced motion.
 *
 * Public tokens (set them on the element or any ancestor):
 *   --ms-accent       brand colour for buttons, links, focus (default a blue that
 *                     passes 4.5:1 on white, or on the dark surface in `theme="dark"`)
 *   --ms-on-accent    text on the accent colour
 *   --ms-text         text colour (default: inherited from the host page)
 *   --ms-surface      background of panels and cards
 *   --ms-surface-strong  background of table headers and selected items
 *   --ms-border       borders of controls and panels (3:1 against the surface)
 *   --ms-focus        focus ring colour
 *   --ms-radius       corner radius
 *   --ms-font-family  font (default: inherited from the host page)
 *   --ms-max-width    widest the widget grows (default: none)
 *
 * Private spacing tokens for widget styles: --_inset and --_inset-small
 * (inline padding of panels and cards), --_bar (accent bar width). They
 * equal 1em / 0.75em / 0.375em at 16px text and do not grow beyond that.
 *
 * Every widget carries `themeStyles` (through MsElement); `controlStyles`
 * (buttons and fieldsets, ./control-styles.ts) only the widgets that have
 * controls, and `panelStyles` (`.panel`, `.visually-hidden`, `.breakable`,
 * also part of `controlStyles`) the others that use them (issue 18: each
 * widget carries only the base styles it uses). `baseStyles` is all of them,
 * as before.
 */
export const themeStyles = /* @__PURE__ */ css`
  :host {
    --_accent: var(--ms-accent, #1a5a96);
    --_on-accent: var(--ms-on-accent, #fff);
    --_surface: var(--ms-surface, #f3f6f9);
    --_surface-strong: var(--ms-surface-strong, #dfe7ef);
    --_border: var(--ms-border, #5f6b78);
    --_focus: var(--ms-focus, var(--_accent));
    --_radius: var(--ms-radius, 0.5em);
    --_target: max(2.75em, 44px);
    /* Insets and accent bars stop growing past their size at 16px text, so
       large text keeps the width for words (at 320px and 200 % text, prose
       keeps at least 85 % of the widget's width). */
    --_inset: min(1em, 16px);
    --_inset-small: min(0.75em, 12px);
    --_bar: min(0.375em, 6px);
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--ms-max-width, none);
    color: var(--ms-text, inherit);
    font-family: var(--ms-font-family, inherit);
    /* Never smaller than 16px, even when a CMS shrinks the root font size. */
    font-size: max(1em, 16px);
    /* Reset inherited properties a host theme might set to odd values. */
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    /* Lines break between words, and the browser never hyphenates (words
       split at line ends make reading harder, and hyphens is inherited, so a
       theme's hyphens: auto is reset too). A word breaks only when it is
       wider than the whole line, where it must. */
    overflow-wrap: break-word;
    hyphens: manual;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme=dark]) {
    --_accent: var(--ms-accent, #9fcbff);
    --_on-accent: var(--ms-on-accent, #0b1624);
    --_surface: var(--ms-surface, #1b2430);
    --_surface-strong: var(--ms-surface-strong, #2a3646);
    --_border: var(--ms-border, #a9b4c2);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme=auto]) {
      --_accent: var(--ms-accent, #9fcbff);
      --_on-accent: var(--ms-on-accent, #0b1624);
      --_surface: var(--ms-surface, #1b2430);
      --_surface-strong: var(--ms-surface-strong, #2a3646);
      --_border: var(--ms-border, #a9b4c2);
      color-scheme: dark;
    }
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .base {
    display: block;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    /* Bold as the browser makes headings; text-transform none as :host sets it. */
    font-size: 1.25em;
    line-height: 1.3;
    margin-block: 0 0.5em;
    margin-inline: 0;
  }
  p {
    margin-block: 0 0.75em;
    margin-inline: 0;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      color: #000;
      --_accent: #000;
      --_surface: #fff;
      --_surface-strong: #fff;
      --_border: #000;
    }
  }
`;
