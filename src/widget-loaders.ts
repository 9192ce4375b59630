/**
 * Where each widget's registering module lives, for the on-demand loader.
 * A test checks this list against `define-all.ts` and the widget folders.
 */
export const widgetLoaders: Record<string, () => Promise<unknown>> = {
  'ms-numbness-comparison': () => import('./numbness-comparison/define.js'),
  'ms-crisis-help': () => import('./crisis-help/define.js'),
  'ms-medication-table': () => import('./medication-table/define.js'),
  'ms-warning-signs': () => import('./warning-signs/define.js'),
  'ms-breathing-pacer': () => import('./breathing-pacer/define.js'),
  'ms-coping-steps': () => import('./coping-steps/define.js'),
  'ms-idea-deck': () => import('./idea-deck/define.js'),
  'ms-journal-prompts': () => import('./journal-prompts/define.js'),
  'ms-feels-like': () => import('./feels-like/define.js'),
  'ms-why-numbness': () => import('./why-numbness/define.js'),
  'ms-quotes': () => import('./quotes/define.js'),
  'ms-key-points': () => import('./key-points/define.js'),
  'ms-affirmation': () => import('./affirmation/define.js'),
  'ms-references': () => import('./references/define.js'),
  'ms-support-link': () => import('./support-link/define.js'),
  'ms-mood-color': () => import('./mood-color/define.js'),
  'ms-appointment-prep': () => import('./appointment-prep/define.js'),
};
