/**
 * Builds the WordPress plugin "MS Numbness Widgets":
 *   dist/wordpress/ms-numbness-widgets/      the plugin folder
 *   dist/wordpress/ms-numbness-widgets.zip   the same, to upload in wp-admin (Plugins → Add New → Upload)
 *
 * Reads only custom-elements.json (one block and its controls per element)
 * and the built CDN files in dist/cdn (the loader and the chunks it imports,
 * shipped inside the plugin), plus the PHP and editor script in wordpress/.
 * The text printed before JavaScript runs is read from the built widgets in
 * headless Chromium (see scripts/wordpress/fallback-text.mjs); without a
 * browser it falls back to the manifest's English summaries, with a warning.
 *
 * Run by scripts/build.mjs after the CDN build and the manifest.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {findBrowser} from './browser.mjs';
import {readFallbackText} from './wordpress/fallback-text.mjs';
import {toPhp} from './wordpress/php-export.mjs';
import {helplineCountries, widgetsFromManifest} from './wordpress/widgets.mjs';
import {makeZip} from './wordpress/zip.mjs';

const SLUG = 'ms-numbness-widgets';
const OUT = 'dist/wordpress';
const STAGE = join(OUT, SLUG);
const CDN = 'dist/cdn';

const started = Date.now();
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
if (!existsSync('custom-elements.json')) throw new Error('custom-elements.json is missing: run "node scripts/manifest.mjs" first.');
if (!existsSync(join(CDN, 'loader.js'))) throw new Error('dist/cdn/loader.js is missing: run "node scripts/build.mjs cdn" first.');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const widgets = widgetsFromManifest(manifest);
const countries = helplineCountries(manifest);

// --- Text before JavaScript -------------------------------------------------------------------
let fallback;
const browser = findBrowser();
if (browser) {
  fallback = await readFallbackText({cdnDir: resolve(CDN), browserPath: browser, widgets, countries});
} else {
  console.warn('build-wordpress: no Chromium found, so the fallback text is the manifest\'s English summary only.');
  fallback = {
    languages: ['en'],
    widgets: Object.fromEntries(widgets.map((w) => [w.tag, {en: {heading: w.title, summary: w.summary}}])),
    crisis: {},
  };
}
for (const w of widgets) {
  const en = fallback.widgets[w.tag]?.en;
  if (!en?.heading) throw new Error(`No heading was read for <${w.tag}>: the fallback text would be empty.`);
}

// --- The data PHP reads -----------------------------------------------------------------------
const englishNames = new Intl.DisplayNames(['en'], {type: 'region'});
const themes = [...new Set(widgets.flatMap((w) => w.attributes.filter((a) => a.name === 'theme').flatMap((a) => a.values ?? [])))];
const data = {
  version,
  languages: fallback.languages,
  themes,
  countries: Object.fromEntries(countries.map((c) => [c, englishNames.of(c) ?? c]).sort((a, b) => a[1].localeCompare(b[1]))),
  widgets: Object.fromEntries(
    widgets.map((w) => [
      w.slug,
      {
        tag: w.tag,
        title: w.title,
        summary: w.summary,
        attributes: Object.fromEntries(w.attributes.map((a) => [a.name, a])),
        fallback: fallback.widgets[w.tag],
        variants: fallback.variants?.[w.tag] ?? {},
      },
    ])
  ),
  crisis: fallback.crisis,
};

/** block.json of one widget: attributes in camelCase, typed (enums listed) for the editor's parser. */
function blockJson(w) {
  const attributes = {};
  for (const a of w.attributes) {
    const type = {boolean: 'boolean', number: 'number'}[a.kind] ?? 'string';
    attributes[a.key] = a.kind === 'enum' ? {type, enum: a.values} : {type};
  }
  return {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: `${SLUG}/${w.slug}`,
    version,
    title: w.title,
    category: 'ms-widgets',
    icon: w.slug === 'crisis-help' ? 'phone' : 'heart',
    description: w.summary,
    keywords: [...new Set(['MS', 'multiple sclerosis', w.tag, ...w.title.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 2)])],
    textdomain: SLUG,
    attributes,
    supports: {html: false, align: ['wide', 'full'], className: true},
    editorScript: `${SLUG}-editor`,
  };
}

// --- The plugin folder ------------------------------------------------------------------------
rmSync(OUT, {recursive: true, force: true});
mkdirSync(STAGE, {recursive: true});
cpSync('wordpress', STAGE, {recursive: true});
const setVersion = (file, edit) => writeFileSync(file, edit(readFileSync(file, 'utf8')));
setVersion(join(STAGE, `${SLUG}.php`), (s) =>
  s.replace(/^( \* Version:\s+).*$/m, `$1${version}`).replace(/^const VERSION = '[^']*';$/m, `const VERSION = '${version}';`)
);
setVersion(join(STAGE, 'readme.txt'), (s) => s.replace(/^Stable tag: .*$/m, `Stable tag: ${version}`));
writeFileSync(
  join(STAGE, 'includes/widgets-data.php'),
  `<?php\n/**\n * Generated by scripts/build-wordpress.mjs from custom-elements.json and the built widgets. Do not edit.\n *\n * @package MS_Numbness_Widgets\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn ${toPhp(data)};\n`
);
for (const w of widgets) {
  mkdirSync(join(STAGE, 'blocks', w.slug), {recursive: true});
  writeFileSync(join(STAGE, 'blocks', w.slug, 'block.json'), `${JSON.stringify(blockJson(w), null, '\t')}\n`);
}

/** The loader and every file it imports (relative imports, followed), copied into assets/widgets/. */
function copyModuleGraph(entry) {
  const seen = new Set();
  const queue = [resolve(CDN, entry)];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${relative('.', file)} is imported but missing.`);
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/["'`](\.{1,2}\/[^"'`\s$]+\.js)["'`]/g)) queue.push(resolve(dirname(file), m[1]));
    // A name made in the code (the loader's widget table: `./widgets/${name}.js?v=…`): every module of that folder.
    for (const m of code.matchAll(/`(\.{1,2}\/[^"'`\s$]+\/)\$\{[^}]+\}\.js(\?[^`]*)?`/g)) {
      const dir = resolve(dirname(file), m[1]);
      for (const name of existsSync(dir) ? readdirSync(dir) : []) if (name.endsWith('.js')) queue.push(join(dir, name));
    }
    // One language file named in the code stands for all: the others' paths are made from it (one hash for every language).
    const [top, lang] = relative(resolve(CDN), file).split(sep);
    if (top === 'locales' && lang) {
      for (const other of readdirSync(resolve(CDN, 'locales'))) {
        const dir = resolve(CDN, 'locales', other);
        if (statSync(dir).isDirectory()) for (const name of readdirSync(dir)) if (name.endsWith('.js')) queue.push(join(dir, name));
      }
    }
  }
  for (const file of seen) {
    const target = join(STAGE, 'assets/widgets', relative(resolve(CDN), file));
    mkdirSync(dirname(target), {recursive: true});
    cpSync(file, target);
  }
  return seen.size;
}
const moduleFiles = copyModuleGraph('loader.js');

// --- Checks and the archive -------------------------------------------------------------------
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
})(STAGE);
const php = files.filter((f) => f.endsWith('.php'));
try {
  for (const file of php) execFileSync('php', ['-l', file], {stdio: 'pipe'});
} catch (error) {
  if (error.code !== 'ENOENT') throw new Error(`php -l failed: ${error.stdout ?? ''}${error.stderr ?? ''}`);
  console.warn('build-wordpress: no php on this machine, PHP syntax not checked here (the WordPress test checks it).');
}
const zip = makeZip(files.map((f) => ({name: relative(OUT, f).split('\\').join('/'), data: readFileSync(f)})));
writeFileSync(join(OUT, `${SLUG}.zip`), zip);
console.log(
  `Built ${OUT}/${SLUG}.zip: ${widgets.length} blocks, ${moduleFiles} widget files, ${php.length} PHP files, ` +
    `fallback text in ${data.languages.length} languages and crisis numbers for ${countries.length} countries, ` +
    `${(zip.length / 1024).toFixed(0)} KB (${((Date.now() - started) / 1000).toFixed(1)} s)`
);
