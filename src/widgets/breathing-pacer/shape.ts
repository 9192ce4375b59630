/**
 * The shape's look, in one place for script and CSS: the styles read these
 * values from custom properties that the view sets from here, and the
 * animation (shape-animation.ts, loaded with the session) uses them too.
 */

/** Size of the shape when breathed out (1 = full size). */
export const SMALL_SCALE = 0.55;
/** Opacity of the fill when breathed in, with reduced motion. */
export const FILLED = 0.35;
