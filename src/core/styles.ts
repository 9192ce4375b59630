import {css} from 'lit';
import {controlStyles} from './control-styles.js';
import {panelStyles} from './panel-styles.js';
import {themeStyles} from './theme-styles.js';

/**
 * The shared styles, in two pieces since issue 18 so that each widget carries
 * only what it uses: `themeStyles` (./theme-styles.ts: tokens, reset, text,
 * focus; every widget has them through MsElement) and `controlStyles`
 * (./control-styles.ts: buttons and fieldsets, added by widgets with controls;
 * it includes `panelStyles`: panels, screen-reader text, breakable addresses).
 * `baseStyles` is all of them together, what MsElement carried before. The widgets
 * import the pieces directly, so this module is not part of the CDN chunks.
 */
export {controlStyles, panelStyles, themeStyles};

/** Every shared style piece: the theme, then buttons and fieldsets. */
export const baseStyles = css`${themeStyles}${controlStyles}`;
