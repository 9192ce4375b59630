/**
 * A Vite plugin for the CDN builds only (vite.config.ts): it removes from
 * Lit's own production modules the code these widgets never reach (issue 18:
 * every widget loads Lit before its first paint). Lit's files in
 * node_modules stay as they are; each build reads them and drops:
 *
 *  - the hooks for lit's polyfill-support and hydrate-support scripts
 *    (`litHtmlPolyfillSupport`, `reactiveElementPolyfillSupport`,
 *    `litElementPolyfillSupport`, `litElementHydrateSupport`): they serve
 *    browsers without native shadow DOM (the widgets need it: they adopt
 *    constructed stylesheets) and server-rendered markup (the widgets render
 *    only in the browser). Without them a host page that loads those scripts
 *    for its own Lit no longer reaches into the widgets.
 *  - the version registries (`litHtmlVersions` and the like), read only by
 *    Lit's development build to warn about two copies on one page.
 *  - the standard-decorator metadata (`Symbol.metadata`, `litPropertyMetadata`,
 *    which Lit also sets on the host page's globals) and `addInitializer`:
 *    the widgets use TypeScript's legacy decorators (src/core/legacy-decorators.ts),
 *    which call `createProperty()` directly, and nothing adds initializers.
 *  - the `static properties` table, for the same reason: no widget class
 *    declares one (their properties come from the decorators).
 *  - MathML templates: the `mathml` tag is never imported, so no template
 *    result of that type exists.
 *  - the long texts of two errors that only a misuse of `css` can throw (a
 *    `CSSResult` made by hand, a non-CSS value inside css`...`); the checks
 *    stay and still throw, with a short message.
 *
 * Trusted Types (the `lit-html` policy, `emptyScript`), the strings-array
 * check, `litNonce` and the style-element fallback stay untouched.
 *
 * Each group of edits applies only when every one of its texts is found
 * exactly once in the file (Lit is pinned to an exact version); otherwise the
 * whole group is left out with a warning, so a new Lit can only make the
 * build bigger, never broken.
 */

/** @typedef {{file: RegExp, why: string, edits: [from: string, to: string][]}} Group */

/** @type {Group[]} */
const GROUPS = [
  {
    file: /\/@lit\/reactive-element\/reactive-element\.js$/,
    why: 'polyfill-support hook and version registry',
    edits: [
      [',p=a.reactiveElementPolyfillSupport,', ','],
      [',p?.({ReactiveElement:y}),(a.reactiveElementVersions??=[]).push("2.1.2");', ';'],
    ],
  },
  {
    file: /\/@lit\/reactive-element\/reactive-element\.js$/,
    why: 'standard-decorator metadata',
    edits: [
      ['Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;', ''],
      ['const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}', ''],
    ],
  },
  {
    file: /\/@lit\/reactive-element\/reactive-element\.js$/,
    why: 'addInitializer',
    edits: [
      ['static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
      ['void 0!==t.l&&(this.l=[...t.l]),', ''],
      [',this.constructor.l?.forEach(t=>t(this))', ''],
    ],
  },
  {
    file: /\/@lit\/reactive-element\/reactive-element\.js$/,
    why: 'static properties table',
    edits: [
      [
        ',this.hasOwnProperty(d("properties"))){const t=this.properties,s=[...r(t),...o(t)];for(const i of s)this.createProperty(i,t[i])}',
        '){}',
      ],
      ['getOwnPropertyNames:r,getOwnPropertySymbols:o,', ''],
    ],
  },
  {
    file: /\/@lit\/reactive-element\/css-tag\.js$/,
    why: 'error texts',
    edits: [
      ['throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")', 'throw Error("Use css")'],
      [
        `throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")`,
        'throw Error("Not CSS: "+t)',
      ],
    ],
  },
  {
    file: /\/lit-html\/lit-html\.js$/,
    why: 'polyfill-support hook and version registry',
    edits: [[',B=t.litHtmlPolyfillSupport;B?.(S,k),(t.litHtmlVersions??=[]).push("3.3.3");', ';']],
  },
  {
    file: /\/lit-html\/lit-html\.js$/,
    why: 'MathML templates',
    edits: [
      ['l=2===i?"<svg>":3===i?"<math>":""', 'l=2===i?"<svg>":""'],
      ['(2===i?"</svg>":3===i?"</math>":"")', '(2===i?"</svg>":"")'],
      ['2===i||3===i){', '2===i){'],
    ],
  },
  {
    file: /\/lit-element\/lit-element\.js$/,
    why: 'hydrate- and polyfill-support hooks and version registry',
    edits: [
      [
        'i._$litElement$=!0,i["finalized"]=!0,s.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});',
        'i["finalized"]=!0;',
      ],
      ['(s.litElementVersions??=[]).push("4.2.2");', ''],
    ],
  },
];

const count = (code, text) => code.split(text).length - 1;

/** @returns {import('vite').Plugin} */
export function trimLit() {
  return {
    name: 'trim-lit',
    transform(code, id) {
      const file = id.split('?')[0];
      const groups = GROUPS.filter((g) => g.file.test(file));
      if (!groups.length) return null;
      let out = code;
      for (const group of groups) {
        if (group.edits.some(([from]) => count(out, from) !== 1)) {
          this.warn(`${file}: Lit's ${group.why} was not found as expected, so it stays.`);
          continue;
        }
        for (const [from, to] of group.edits) out = out.replace(from, () => to);
      }
      return out === code ? null : {code: out, map: null};
    },
  };
}
