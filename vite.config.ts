import {defineConfig, type Plugin, type UserConfig} from 'vite';
import ts from 'typescript';
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {trimLit} from './scripts/trim-lit.mjs';

/**
 * One config, three builds (see scripts/build.mjs):
 *  - default: the demo site (`npm start` serves it; `vite build` writes dist/demo)
 *  - `--mode cdn`: dist/cdn/ms-widgets.js, one self-contained module
 *  - `--mode loader`: dist/cdn/loader.js plus one chunk per widget
 *  - `--mode resize`: dist/cdn/embed-resize.js, the host-side iframe resizer
 *  - `--mode embed`: dist/embed/embed.js, the iframe embed page's script
 */
const root = import.meta.dirname;

/**
 * Shrinks the CSS inside Lit's css`...` templates: drops comments, line
 * breaks and the spaces around punctuation, the last `;` of a block, the
 * space before `!important` and a leading zero (`0.5em` -> `.5em`).
 * Only plain spacing is touched, never selectors' meaning (a space between
 * two selectors is kept). The template's line breaks move after its closing
 * backtick, so the code after it keeps its lines and the source map stays
 * line-accurate; there they are plain JavaScript space, which the minifier
 * drops (inside the template they cost 30 to 50 B gzip per widget chunk).
 */
function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!/\/src\/[^?]*\.ts(\?|$)/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_all, body: string) => {
        const small = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};,>]) ?/g, '$1')
          .replace(/([a-z-]): /g, '$1:')
          .replace(/;}/g, '}')
          .replace(/ !important/g, '!important')
          // 0.5em -> .5em (never inside a word, a hex colour or a number: the character before is not one of theirs).
          .replace(/([^\w.#'"-])0\.(\d)/g, '$1.$2')
          .trim();
        return `css\`${small}\`${'\n'.repeat(body.split('\n').length - 1)}`;
      });
      return {code: out, map: null};
    },
  };
}

/**
 * Drops the indentation inside Lit's html`...` and svg`...` templates (issue
 * 18): a line break followed by spaces becomes the line break alone, which
 * HTML collapses the same way (no template content is in a `pre`-like
 * element or style). Only the templates' literal text is touched, found with
 * TypeScript's parser, so nested templates, `${...}` expressions and plain
 * template strings (download text) keep every character. Lines are kept,
 * so the source map stays line-accurate.
 */
function minifyLitHtml(): Plugin {
  return {
    name: 'minify-lit-html',
    transform(code, id) {
      if (!/\/src\/[^?]*\.ts(\?|$)/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const edits: [start: number, end: number, text: string][] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|svg)$/.test(node.tag.text)) {
          const t = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
          for (const part of parts) {
            // Each part's text lies between "`" or "}" and "`" or "${".
            const start = part.getStart(file) + 1;
            const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            const text = code.slice(start, end);
            const small = text.replace(/\n[ \t]+/g, '\n');
            if (small !== text) edits.push([start, end, small]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return {code: out, map: null};
    },
  };
}

/**
 * Drops the translators' notes from `msg('…', {desc: '…'})` calls (issue 18):
 * `desc` is read only by `lit-localize extract`, never at run time (msg()
 * uses only `id`), so the property goes (and a call whose options are
 * `{desc}` alone loses its second argument). Found with TypeScript's parser;
 * anything else stays.
 */
function dropMsgDescriptions(): Plugin {
  return {
    name: 'drop-msg-descriptions',
    transform(code, id) {
      if (!/\/src\/[^?]*\.ts(\?|$)/.test(id) || !code.includes('desc:')) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const cuts: [start: number, end: number][] = [];
      const visit = (node: ts.Node): void => {
        const [first, options] = ts.isCallExpression(node) ? node.arguments : [];
        if (
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'msg' &&
          node.arguments.length === 2 &&
          options &&
          ts.isObjectLiteralExpression(options)
        ) {
          const props = options.properties;
          const i = props.findIndex((p) => p.name?.getText(file) === 'desc');
          // The whole options argument, or the `desc` property with the comma before (or after) it.
          if (i >= 0 && props.length === 1) cuts.push([first!.end, options.end]);
          else if (i > 0) cuts.push([props[i - 1]!.end, props[i]!.end]);
          else if (i === 0) cuts.push([props[0]!.getStart(file), props[1]!.getStart(file)]);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (!cuts.length) return null;
      let out = code;
      // Blank the cut, keeping its line breaks, so the source map stays line-accurate.
      for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
      }
      return {code: out, map: null};
    },
  };
}

/**
 * The loader build's shared chunk (chunks/base-element-*.js): Lit, the core
 * every widget uses, and @lit/localize's `str` tag, a one-line function most
 * widgets use, which as a file of its own cost more to fetch than it weighs
 * (issue 18). Everything else is split automatically.
 */
const SHARED = [
  /\/node_modules\/(lit\/index|lit-html\/lit-html|lit-element\/lit-element|@lit\/reactive-element\/(reactive-element|css-tag))\.js$/,
  /\/node_modules\/@lit\/localize\/internal\/str-tag\.js$/,
  /\/src\/core\/(base-element|localize|attributes|language|define|theme-styles|legacy-decorators|version)\.ts$/,
  /\/src\/generated\/locale-codes\.ts$/,
  /^\0ms-locale-files$/,
  /\/src\/parts\/heading\.ts$/,
];
const sharedChunk = (id: string) => (SHARED.some((re) => re.test(id)) ? 'base-element' : null);

/**
 * Small shared helpers that the loader build folds into each widget's own
 * chunk instead of a file of their own (issue 18): as separate files they
 * cost more to fetch than they weigh: the shared parts, behaviours and
 * content, the control, panel and field styles, the URL check, the Intl cache and plurals.
 * None of them keeps state at module level other than caches (a copy per
 * widget type only caches for that type) or is compared by identity across
 * widgets, so a widget can
 * import its own copy (resolved with `?widget=<name>`, also for what a copy
 * imports). A page with several widgets downloads a helper once per widget
 * type that uses it; the all-in-one ms-widgets.js has each of them once.
 */
const FOLDED = /\/src\/(core\/(control-styles|button-styles|panel-styles|field-styles|safe-url|intl|plural)|parts\/(?!heading\.)[a-z/-]+|behaviors\/[a-z-]+|content\/[a-z-]+)\.ts$/;

function foldSmallHelpers(): Plugin {
  return {
    name: 'fold-small-helpers',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // The widget is the importer's folder, or the widget a folded copy was made for.
      const widget = importer?.match(/\/src\/widgets\/([a-z-]+)\/|\?widget=([a-z-]+)$/)?.slice(1).find(Boolean);
      if (!widget || !/\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
      if (!resolved || !FOLDED.test(resolved.id)) return null;
      return `${resolved.id}?widget=${widget}`;
    },
    load(id) {
      const [file, query] = id.split('?');
      if (!query?.startsWith('widget=') || !FOLDED.test(file!)) return null;
      return {code: readFileSync(file!, 'utf8'), moduleType: 'ts'};
    },
  };
}

/**
 * The `__decorate` helper that the TypeScript transform adds for legacy
 * decorators handles class, method, field and parameter decorators and
 * `Reflect.decorate`. This code decorates only fields and accessors
 * (`@property`, `@state`: always four arguments), and its only decorators
 * are src/core/legacy-decorators.ts's: they call Lit's `createProperty()`,
 * which defines the member's accessor on the prototype itself, and return
 * either nothing (a field) or that same accessor (a decorated getter), so
 * defining the returned descriptor again changes nothing. The minified
 * helper is therefore replaced by a loop that only calls the decorators, last
 * first, with the same result (issue 18). If the minifier's output ever
 * changes, nothing is replaced.
 */
const DECORATE =
  /function ([\w$]+)\(e,t,n,r\)\{var i=arguments\.length,a=i<3\?t:r===null\?r=Object\.getOwnPropertyDescriptor\(t,n\):r,o;if\(typeof Reflect==`object`&&typeof Reflect\.decorate==`function`\)a=Reflect\.decorate\(e,t,n,r\);else for\(var s=e\.length-1;s>=0;s--\)\(o=e\[s\]\)&&\(a=\(i<3\?o\(a\):i>3\?o\(t,n,a\):o\(t,n\)\)\|\|a\);return i>3&&a&&Object\.defineProperty\(t,n,a\),a\}/;

function smallerDecorate(): Plugin {
  return {
    name: 'smaller-decorate',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = chunk.code.replace(
          DECORATE,
          'function $1(e,t,n){for(var s=e.length;s--;)e[s](t,n)}'
        );
      }
    },
  };
}

/**
 * The CDN builds' translation glue (issue 18). In the source (dev server,
 * tests, npm build) each widget's src/generated/translations/<widget>.ts
 * lists one literal `import()` per language; 17 of those lists cost about
 * 2.6 KB in ms-widgets.js. Here they become one call each,
 * `translationsOf('<group>')`, to a single shared function that builds the
 * same loaders from the language and group names at run time.
 *
 * The language files are emitted by this plugin under their usual CDN names,
 * `locales/<lang>/<group>-<hash>.js`. The hash is one hash of every language
 * file's source together, so the run-time function needs one hash, not a
 * table of 102: when any translation changes, every language file gets a new
 * name, so a cached old copy is never used with a new widget (a reader
 * re-downloads only the few small files their page shows). The files are
 * found relative to where the library itself was loaded from
 * (`import.meta.ROLLUP_FILE_URL_`), so no other host is ever asked.
 */
const LOCALES_VIRTUAL = '\0ms-locale-files';

function compactTranslations(): Plugin {
  const localesDir = resolve(root, 'src/generated/locales');
  const translationsFile = /\/src\/generated\/translations\/[a-z-]+\.ts$/;
  return {
    name: 'compact-translations',
    enforce: 'pre',
    resolveId(source) {
      return source === LOCALES_VIRTUAL ? LOCALES_VIRTUAL : null;
    },
    load(id) {
      const file = id.split('?')[0]!;
      if (id === LOCALES_VIRTUAL) {
        const files = readdirSync(localesDir)
          .sort()
          .flatMap((lang) => readdirSync(resolve(localesDir, lang)).sort().map((name) => `${lang}/${name}`));
        const hash = createHash('sha256');
        for (const f of files) hash.update(`${f}\0${readFileSync(resolve(localesDir, f), 'utf8')}\0`);
        const tag = hash.digest('base64url').slice(0, 8);
        const refs = files.map((f) =>
          this.emitFile({type: 'chunk', id: resolve(localesDir, f), fileName: `locales/${f.replace(/\.ts$/, '')}-${tag}.js`})
        );
        // Any one language file's URL locates the locales/ folder.
        return {
          code:
            `import {targetLocales} from ${JSON.stringify(resolve(root, 'src/generated/locale-codes.ts'))};\n` +
            `const at = import.meta.ROLLUP_FILE_URL_${refs[0]};\n` +
            `/** The loaders of a widget's groups of strings in each language (src/core/localize.ts: Translations). */\n` +
            `export const translationsOf = (group, langs = targetLocales) => Object.fromEntries(langs.map((l) => [l, {[group]: () => import(/* @vite-ignore */ new URL(\`../\${l}/\${group}-${tag}.js\`, at).href)}]));\n`,
          moduleType: 'js',
        };
      }
      if (!translationsFile.test(file)) return null;
      // The source lists `"<lang>": {"<group>": () => import('../locales/<lang>/<group>.js'), ...}`.
      const pairs = [...readFileSync(file, 'utf8').matchAll(/import\('\.\.\/locales\/([a-zA-Z-]+)\/([a-z-]+)\.js'\)/g)];
      const langs = [...new Set(pairs.map((m) => m[1]!))];
      const groups = [...new Set(pairs.map((m) => m[2]!))];
      // Compact only a widget with one group in each of its languages (what localize-split.mjs writes); else keep the source.
      if (groups.length !== 1 || pairs.length !== langs.length) return null;
      const all = readdirSync(localesDir).sort();
      const langArg = [...langs].sort().join() === all.join() ? '' : `, ${JSON.stringify(langs)}`;
      return {
        code: `import {translationsOf} from ${JSON.stringify(LOCALES_VIRTUAL)};\nexport const translations = translationsOf(${JSON.stringify(groups[0])}${langArg});\n`,
        moduleType: 'js',
      };
    },
  };
}

/** Base64 VLQ digits of source-map mappings. */
const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Shifts a source map's first-line columns after `code.slice(start, end)`
 * was replaced by `length` characters (the minified loader is one line).
 */
function shiftFirstLine(mappings: string, start: number, end: number, length: number): string {
  const [first = '', ...rest] = mappings.split(';');
  const decode = (segment: string) => {
    const values: number[] = [];
    let value = 0;
    let shift = 0;
    for (const c of segment) {
      const digit = VLQ.indexOf(c);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >> 1) : value >> 1);
        value = shift = 0;
      }
    }
    return values;
  };
  const encode = (values: number[]) =>
    values
      .map((v) => {
        let n = v < 0 ? (-v << 1) | 1 : v << 1;
        let out = '';
        do {
          const digit = n & 31;
          n >>>= 5;
          out += VLQ[n ? digit | 32 : digit];
        } while (n);
        return out;
      })
      .join('');
  let column = 0;
  let previous = 0;
  const segments = first
    .split(',')
    .filter(Boolean)
    .map((segment) => {
      const values = decode(segment);
      column += values[0]!;
      const moved = column >= end ? column + length - (end - start) : Math.min(column, start);
      values[0] = moved - previous;
      previous = moved;
      return encode(values);
    });
  return [segments.join(','), ...rest].join(';');
}

/**
 * The loader's table of widgets (issue 18): 17 literal
 * `"ms-x": () => import("./widgets/ms-x.js")` become one string of tag
 * names, expanded when the loader starts. The widget files have no hash in
 * their names (17 hashes were a tenth of the loader); instead every import
 * carries `?v=` and one hash of all widget files, so a new build never meets
 * a cached old widget file (their own imports are content-hashed chunks).
 * The loader ignores what an import resolves to, so any `.then(...)` the
 * bundler added is dropped. If the bundler's output ever looks different,
 * nothing is replaced.
 */
function compactWidgetTable(): Plugin {
  const ENTRY = /"(ms-[a-z-]+)":\(\)=>import\(`\.\/widgets\/\1\.js`\)(?:\.then\(\w+=>\w+\.\w+\))?/g;
  return {
    name: 'compact-widget-table',
    generateBundle(_options, bundle) {
      const chunk = bundle['loader.js'];
      if (chunk?.type !== 'chunk') return;
      const table = new RegExp(`\\{(?:${ENTRY.source},?)+\\}`).exec(chunk.code);
      if (!table) return this.warn('loader.js: the widget table was not found, so it stays as the bundler wrote it.');
      const tags = [...table[0].matchAll(ENTRY)].map((m) => m[1]);
      const version = createHash('sha256');
      for (const tag of tags) {
        const file = bundle[`widgets/${tag}.js`];
        if (file?.type === 'chunk') version.update(file.code);
      }
      const v = version.digest('base64url').slice(0, 8);
      const code =
        `Object.fromEntries(${JSON.stringify(tags.join(' '))}.split(" ").map(e=>[e,()=>import(\`./widgets/\${e}.js?v=${v}\`)]))`;
      chunk.code = chunk.code.slice(0, table.index) + code + chunk.code.slice(table.index + table[0].length);
      const map = bundle['loader.js.map'];
      const shift = (m: string) => shiftFirstLine(m, table.index, table.index + table[0].length, code.length);
      if (chunk.map) chunk.map.mappings = shift(chunk.map.mappings);
      if (map?.type === 'asset' && typeof map.source === 'string') {
        const json = JSON.parse(map.source);
        json.mappings = shift(json.mappings);
        map.source = JSON.stringify(json);
      }
    },
  };
}

function cdnBuild(entry: string, fileName: string, emptyOutDir: boolean, outDir = 'dist/cdn'): UserConfig {
  return {
    // Built URLs are relative to the file that holds them (the language files, see compactTranslations).
    base: './',
    plugins: [trimLit(), minifyLitCss(), minifyLitHtml(), dropMsgDescriptions(), smallerDecorate(), compactTranslations(), ...(fileName === 'loader.js' ? [foldSmallHelpers(), compactWidgetTable()] : [])],
    // The code uses only TypeScript's legacy decorators: a few lines instead of
    // Lit's decorator module with its standard-decorator runtime (issue 18).
    resolve: {alias: {'lit/decorators.js': resolve(root, 'src/core/legacy-decorators.ts')}},
    build: {
      outDir,
      emptyOutDir,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      manifest: `.vite/manifest-${fileName.replace(/\.js$/, '')}.json`,
      lib: {entry: resolve(root, entry), formats: ['es'], fileName: () => fileName},
      rolldownOptions: {
        // Code shared by the entry and a lazily loaded chunk (the pacer's cues)
        // stays in the entry, so ms-widgets.js needs no other file to start.
        preserveEntrySignatures: 'allow-extension',
        output: {
          minify: true,
          // Drop the minifier's /* @__PURE__ */ marks (44 in ms-widgets.js): nothing reads them after this build.
          comments: {annotation: false},
          ...(fileName === 'loader.js' ? {manualChunks: sharedChunk} : {}),
          chunkFileNames: (chunk) => {
            const id = chunk.facadeModuleId ?? '';
            const widget = id.match(/src\/widgets\/([a-z-]+)\/define\.ts$/)?.[1];
            if (widget) return `widgets/ms-${widget}.js`;
            const strings = id.match(/generated\/locales\/([a-zA-Z-]+)\/([a-z-]+)\.ts$/);
            if (strings) return `locales/${strings[1]}/${strings[2]}-[hash].js`;
            return 'chunks/[name]-[hash].js';
          },
        },
      },
    },
  };
}

export default defineConfig(({mode}) => {
  if (mode === 'cdn') return cdnBuild('src/cdn/all.ts', 'ms-widgets.js', true);
  if (mode === 'loader') return cdnBuild('src/cdn/loader.ts', 'loader.js', false);
  if (mode === 'resize') return cdnBuild('src/embed/resize.ts', 'embed-resize.js', false);
  if (mode === 'embed') return cdnBuild('src/embed/main.ts', 'embed.js', true, 'dist/embed');
  return {
    // Relative asset URLs, so dist/demo works from any folder of any host.
    base: './',
    server: {host: '127.0.0.1', port: 5173},
    build: {
      outDir: 'dist/demo',
      target: 'es2022',
      rolldownOptions: {input: {main: resolve(root, 'index.html'), builder: resolve(root, 'builder.html')}},
    },
  };
});
