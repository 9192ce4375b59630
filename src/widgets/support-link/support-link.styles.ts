import {css} from 'lit';

/**
 * The styles of <ms-support-link> (the shared base styles come from its base
 * class). The box and the large link are styled here, not with the shared
 * `.panel` and `.button` rules, so the widget does not carry the panel and
 * button styles' other rules (secondary, disabled, screen-reader text...;
 * issue 18). The link looks like the shared primary button.
 */
export const supportLinkStyles = css`
  .panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em 1.5em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 1em;
    padding-inline: var(--_inset);
  }
  .text {
    flex: 1 1 14em;
  }
  .text > :last-child {
    margin-block-end: 0;
  }
  .link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: 0 1 auto;
    max-inline-size: 100%;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: bold;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    touch-action: manipulation;
  }
  .link:hover {
    text-decoration: underline;
  }
  .link:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
    .link {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
      forced-color-adjust: none;
    }
    .link:focus-visible {
      outline-color: Highlight;
    }
  }
`;
