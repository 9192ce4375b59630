import {defineConfig, type Plugin, type UserConfig} from 'vite';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';

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
 * breaks and the spaces around punctuation, and the last `;` of a block.
 * Only plain spacing is touched, never selectors' meaning (a space between
 * two selectors is kept). The template's line breaks move to its end, so
 * the code after it keeps its lines and the source map stays line-accurate
 * (a run of line breaks costs a few bytes once compressed).
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
          .trim();
        return `css\`${small}${'\n'.repeat(body.split('\n').length - 1)}\``;
      });
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
  /\/src\/parts\/heading\.ts$/,
];
const sharedChunk = (id: string) => (SHARED.some((re) => re.test(id)) ? 'base-element' : null);

/**
 * Small shared helpers that the loader build folds into each widget's own
 * chunk instead of a file of their own (issue 18): as separate files they
 * cost more to fetch than they weigh: the shared parts, behaviours and
 * content, the control styles and the URL check. None of them keeps state at
 * module level or is compared by identity across widgets, so a widget can
 * import its own copy (resolved with `?widget=<name>`, also for what a copy
 * imports). A page with several widgets downloads a helper once per widget
 * type that uses it; the all-in-one ms-widgets.js has each of them once.
 */
const FOLDED = /\/src\/(core\/(control-styles|button-styles|safe-url)|parts\/(?!heading\.)[a-z/-]+|behaviors\/[a-z-]+|content\/[a-z-]+)\.ts$/;

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
 * (`@property`, `@state`: always four arguments), so the minified helper is
 * replaced by the four-argument path alone, with the same result (issue 18).
 * If the minifier's output ever changes, nothing is replaced.
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
          'function $1(e,t,n,r){r===null&&(r=Object.getOwnPropertyDescriptor(t,n));for(var s=e.length;s--;)r=e[s](t,n,r)||r;return r&&Object.defineProperty(t,n,r),r}'
        );
      }
    },
  };
}

function cdnBuild(entry: string, fileName: string, emptyOutDir: boolean, outDir = 'dist/cdn'): UserConfig {
  return {
    plugins: [minifyLitCss(), smallerDecorate(), ...(fileName === 'loader.js' ? [foldSmallHelpers()] : [])],
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
          ...(fileName === 'loader.js' ? {manualChunks: sharedChunk} : {}),
          chunkFileNames: (chunk) => {
            const id = chunk.facadeModuleId ?? '';
            const widget = id.match(/src\/widgets\/([a-z-]+)\/define\.ts$/)?.[1];
            if (widget) return `widgets/ms-${widget}-[hash].js`;
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
