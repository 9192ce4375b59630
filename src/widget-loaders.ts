/**
 * Where each widget's registering module lives, for the on-demand loader.
 * A test checks this list against `define-all.ts` and the widget folders.
 */
export const widgetLoaders: Record<string, () => Promise<unknown>> = {
  'ms-numbness-comparison': () => import('./numbness-comparison/define.js'),
};
