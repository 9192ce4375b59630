/**
 * `npm run build`: every artefact users get.
 *   dist/cdn/ms-widgets.js   all widgets in one self-contained module
 *   dist/cdn/loader.js       on-demand loader + one chunk per widget
 *   dist/npm/                ES modules with Lit as a dependency, .d.ts types
 *   custom-elements.json     the manifest (also used by Storybook)
 *   dist/demo/               the demo site
 */
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, {stdio: 'inherit', env: {...process.env, NODE_ENV: 'production'}});
const only = process.argv[2];

rmSync('dist/cdn', {recursive: true, force: true});
rmSync('dist/npm', {recursive: true, force: true});
run('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'loader', '--logLevel', 'warn']);
if (only === 'cdn') process.exit(0);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('node', ['scripts/manifest.mjs']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
console.log('Built dist/cdn, dist/npm, dist/demo and custom-elements.json');
