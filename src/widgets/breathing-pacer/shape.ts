/**
 * The shape's look when breathed in with reduced motion, in one place for
 * script and CSS: the session's styles (session-styles.ts) set `--_filled`
 * from here and the animation (shape-animation.ts) uses it too; both load
 * with the session. Its size breathed out is `--_small` in the first
 * screen's styles (breathing-pacer.styles.ts), which the animation reads.
 */

/** Opacity of the fill when breathed in, with reduced motion. */
export const FILLED = 0.35;
