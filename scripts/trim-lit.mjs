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
 *  - property options no widget declares: `useDefault` (with the map of
 *    defaults it keeps) and `type: Object` / `type: Array` (the JSON
 *    converters); every property is a string, a number or a boolean.
 *  - MathML templates: the `mathml` tag is never imported, so no template
 *    result of that type exists.
 *  - templates made ahead of time by Lit's template compiler (a result whose
 *    `_$litType$` is an object): every template here comes from html`` or
 *    svg`` (or src/parts/heading.ts's `html(...)` call), whose type is a number.
 *  - element bindings (`<div ${ref(...)}>`) and bindings inside comments:
 *    the plugin reads every html`...` and svg`...` template in src/ the way
 *    lit-html does and fails the build if one has such a binding (the one
 *    template made by hand, src/parts/heading.ts, has neither).
 *  - what parts keep for async directives (`until`, `ref`, `asyncReplace`...:
 *    whether a part is connected, its disconnectable children): only
 *    lit-html/async-directive.js reads or sets them, and the build fails if
 *    it is ever bundled (the one directive used, `live`, is not async); so
 *    LitElement no longer tells its rendered part when it connects.
 *  - lit-html's private exports (`_$LH`) except `ChildPart`, the one that
 *    lit-html/directive-helpers.js (for the `live` directive) reads; the rest
 *    serve server rendering and hydration, and the build fails if one of
 *    their modules is ever bundled.
 *  - the long texts of two errors that only a misuse of `css` can throw (a
 *    `CSSResult` made by hand, a non-CSS value inside css`...`); the checks
 *    stay and still throw, with a short message.
 *
 *  - the style-element fallback for browsers without constructed, adopted
 *    stylesheets (and with it `litNonce`, which only that fallback reads):
 *    every supported browser adopts them (Chromium 73+, Firefox 101+, Safari
 *    and WebKitGTK 16.4+; Debian bookworm's are newer), and the loader's own
 *    reserve-space sheet is adopted too. Styles stay constructed sheets, so a
 *    page's CSP `style-src` never applies to them.
 *
 * Trusted Types (the `lit-html` policy, `emptyScript`) and the strings-array
 * check stay untouched.
 *
 * The edits are written for the exact Lit versions below (Lit is pinned):
 * a file of another version is left as it is, with a warning. Each group of
 * edits applies only when every one of its texts is found exactly as often
 * as expected (once, unless said); otherwise the whole group is left out
 * with a warning. So a new Lit can only make the build bigger, never broken.
 */

import ts from 'typescript';
import {unsupportedBinding} from './lit-bindings.mjs';

/** @typedef {{file: RegExp, why: string, edits: [from: string, to: string, times?: number][]}} Group */

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
    file: /\/@lit\/reactive-element\/reactive-element\.js$/,
    why: 'useDefault option',
    edits: [
      ['useDefault:!1,', ''],
      ['||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))', ''],
      ['this[e]=r??this._$Ej?.get(e)??r', 'this[e]=r'],
      [
        'C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}',
        'C(t,s,{reflect:e}){this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t)}',
      ],
    ],
  },
  {
    file: /\/@lit\/reactive-element\/reactive-element\.js$/,
    why: 'JSON converters for Object and Array properties',
    edits: [
      ['case Boolean:t=t?l:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}', 'case Boolean:t=t?l:null}'],
      ['case Number:i=null===t?null:Number(t);break;case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}}', 'case Number:i=null===t?null:Number(t)}'],
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
    file: /\/@lit\/reactive-element\/css-tag\.js$/,
    why: 'style-element fallback for browsers without adoptedStyleSheets',
    edits: [
      [
        'e=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,',
        'e=!0,',
      ],
      ['if(e&&void 0===t){', 'if(void 0===t){'],
      [
        'S=(s,o)=>{if(e)s.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const e of o){const o=document.createElement("style"),n=t.litNonce;void 0!==n&&o.setAttribute("nonce",n),o.textContent=e.cssText,s.appendChild(o)}}',
        'S=(s,o)=>{s.adoptedStyleSheets=o.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet)}',
      ],
      ['c=e?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r(e)})(t):t;', 'c=t=>t;'],
    ],
  },
  {
    file: /\/lit-html\/lit-html\.js$/,
    why: 'polyfill-support hook and version registry',
    edits: [[',B=t.litHtmlPolyfillSupport;B?.(S,k),(t.litHtmlVersions??=[]).push("3.3.3");', ';']],
  },
  {
    file: /\/lit-html\/lit-html\.js$/,
    why: 'private exports other than ChildPart',
    edits: [['const j={M:h,P:o,A:n,C:1,L:N,R,D:d,V:M,I:k,H,N:L,U:z,B:I,F:Z}', 'const j={I:k}']],
  },
  {
    file: /\/lit-html\/lit-html\.js$/,
    why: 'element and comment bindings',
    edits: [
      ['else t.startsWith(o)&&(d.push({type:6,index:l}),r.removeAttribute(t));', ';'],
      ['else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}', ''],
      // (The element part's class then goes with the private exports, when they go.)
      [':6===r.type&&(i=new Z(h,this,t))', ':0'],
    ],
  },
  {
    file: /\/lit-html\/lit-html\.js$/,
    why: 'compiled templates',
    edits: [['e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s)', 'e=this._$AC(t)']],
  },
  {
    file: /\/lit-html\/lit-html\.js$/,
    why: 'connection tracking for async directives',
    edits: [
      ['get _$AU(){return this._$AM._$AU}', '', 3],
      ['get _$AU(){return this._$AM?._$AU??this._$Cv}', ''],
      [',this._$Cv=e?.isConnected??!0', ''],
      ['setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', 'setConnected(){}'],
      ['for(this._$AP?.(!1,!0,s);', 'for(;'],
      ['this._$AN=void 0,', '', 4],
    ],
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
    why: 'connection tracking for async directives',
    edits: [
      [
        'update(t){const r=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=e(r,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}',
        'update(t){const r=this.render();super.update(t),this._$Do=e(r,this.renderRoot,this.renderOptions)}',
      ],
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

/** The version each trimmed module must be (its own version registry entry, or its package's). */
const VERSIONS = [
  [/\/lit-html\/lit-html\.js$/, '(t.litHtmlVersions??=[]).push("3.3.3")'],
  [/\/@lit\/reactive-element\/reactive-element\.js$/, '(a.reactiveElementVersions??=[]).push("2.1.2")'],
  [/\/lit-element\/lit-element\.js$/, '(s.litElementVersions??=[]).push("4.2.2")'],
];

/** Fails the build when a template in `code` has a binding that trimmed Lit cannot fill. */
function checkTemplates(context, code, id) {
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|svg)$/.test(node.tag.text)) {
      const t = node.template;
      const strings = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((span) => span.literal.text)];
      const at = unsupportedBinding(strings);
      if (at >= 0) {
        const {line} = file.getLineAndCharacterOfPosition(at === 0 ? t.getStart(file) : t.templateSpans[at - 1].literal.getStart(file));
        context.error(
          `${id}:${line + 1}: a binding in an element's tag (not an attribute) or in a comment. The CDN builds leave out Lit's support for those (scripts/trim-lit.mjs): bind an attribute instead, or remove that group there.`
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** @returns {import('vite').Plugin} */
export function trimLit() {
  return {
    name: 'trim-lit',
    transform(code, id) {
      const file = id.split('?')[0];
      if (/\/src\/.*\.ts$/.test(file) && /\b(html|svg)`/.test(code)) {
        checkTemplates(this, code, id);
        return null;
      }
      const groups = GROUPS.filter((g) => g.file.test(file));
      if (!groups.length) return null;
      const version = VERSIONS.find(([re]) => re.test(file))?.[1];
      if (version && !code.includes(version)) {
        this.warn(`${file}: not the Lit version trim-lit.mjs was written for, so it stays as it is.`);
        return null;
      }
      let out = code;
      for (const group of groups) {
        if (group.edits.some(([from, , times = 1]) => count(out, from) !== times)) {
          this.warn(`${file}: Lit's ${group.why} was not found as expected, so it stays.`);
          continue;
        }
        for (const [from, to] of group.edits) out = out.replaceAll(from, () => to);
      }
      return out === code ? null : {code: out, map: null};
    },
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const ssr = ids.find((id) => /\/lit-html\/(private-ssr-support|experimental-hydrate)\.js$/.test(id));
      if (ssr) this.error(`${ssr} reads lit-html's private exports, which trim-lit.mjs leaves out: keep them or drop that import.`);
      const async = ids.find((id) => /\/lit-html\/async-directive\.js$/.test(id));
      if (async) this.error(`${async} (an async directive) needs the connection tracking that trim-lit.mjs leaves out: remove that group there.`);
    },
  };
}
