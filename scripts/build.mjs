/**
 * `npm run build`: every artefact users get.
 *   dist/cdn/ms-widgets.js     all widgets in one self-contained module
 *   dist/cdn/loader.js         on-demand loader + one chunk per widget
 *   dist/cdn/ms-widgets.css    optional: reserves each widget's space until its code has loaded
 *   dist/cdn/embed-resize.js   host-side script that sizes embed iframes
 *   dist/cdn/integrity.json    sha384 SRI hash of every CDN file
 *   dist/embed/index.html      the iframe embed page (+ embed.js)
 *   dist/npm/                  ES modules with Lit as a dependency, .d.ts types
 *   custom-elements.json       the manifest (+ VS Code data and JSX types)
 *   dist/demo/                 the demo site and the embed-code builder (with cdn/ and embed/)
 *   dist/wordpress/            the WordPress plugin (ms-numbness-widgets.zip), see scripts/build-wordpress.mjs
 * `node scripts/build.mjs cdn` builds only dist/cdn and dist/embed.
 */
import {execFileSync} from 'node:child_process';
import {copyFileSync, cpSync, rmSync} from 'node:fs';
import {writeIntegrity} from './integrity.mjs';

const run = (cmd, args) => execFileSync(cmd, args, {stdio: 'inherit', env: {...process.env, NODE_ENV: 'production'}});
const vite = (mode) => run('npx', ['vite', 'build', ...(mode ? ['--mode', mode] : []), '--logLevel', 'warn']);
const only = process.argv[2];

run('node', ['scripts/generate.mjs']);
rmSync('dist/cdn', {recursive: true, force: true});
rmSync('dist/npm', {recursive: true, force: true});
vite('cdn');
// Measures every widget of the bundle: dist/cdn/ms-widgets.css and the loader's inlined copy.
run('node', ['scripts/reserve-space.mjs']);
vite('loader');
vite('resize');
vite('embed');
copyFileSync('src/embed/index.html', 'dist/embed/index.html');
copyFileSync('src/embed/embed.css', 'dist/embed/embed.css');
writeIntegrity('dist/cdn');
if (only === 'cdn') process.exit(0);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('node', ['scripts/manifest.mjs']);
vite();
// The demo site carries the CDN and embed files, so its builder and iframe
// examples work from any static host.
cpSync('dist/cdn', 'dist/demo/cdn', {recursive: true});
cpSync('dist/embed', 'dist/demo/embed', {recursive: true});
run('node', ['scripts/build-wordpress.mjs']);
console.log('Built dist/cdn, dist/embed, dist/npm, dist/demo and custom-elements.json');
