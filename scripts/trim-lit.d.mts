import type {Plugin} from 'vite';
/** The CDN builds' plugin that leaves out the parts of Lit these widgets never reach (see trim-lit.mjs). */
export declare function trimLit(): Plugin;
