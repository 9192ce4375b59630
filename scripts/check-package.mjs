/**
 * npm readiness, the way a user meets the package:
 *  1. `npm pack`: the tarball holds what users need and nothing else
 *  2. it installs into a fresh project next to React, Vue and Vite, with one
 *     shared copy of Lit; every documented import path resolves
 *  3. the React and Vue examples (examples/) type-check with the generated
 *     JSX types, build with Vite, and work in Chromium: the widget renders and
 *     the app hears its events
 * Run after `npm run build`. Prints one line per check; exits 1 on failure.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, ensureBrowser} from './browser.mjs';
import {serve} from './bench/serve.mjs';

const root = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};
const run = (cmd, args, cwd) => execFileSync(cmd, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

// 1. The tarball.
const work = mkdtempSync(join(tmpdir(), 'ms-widgets-pack-'));
const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
const files = packed.files.map((f) => f.path);
check(!files.some((f) => /^(test|stories|examples|scripts|src|\.storybook|\.ci)\//.test(f)), `tarball has no tests, stories, examples, scripts or sources (${files.length} files, ${Math.round(packed.size / 1024)} KB)`);
for (const needed of ['package.json', 'README.md', 'custom-elements.json', 'vscode.html-custom-data.json', 'jsx.d.ts', 'dist/npm/index.js', 'dist/npm/index.d.ts', 'dist/npm/define-all.js', 'dist/cdn/ms-widgets.js', 'dist/cdn/loader.js', 'dist/embed/index.html']) {
  check(files.includes(needed), `tarball has ${needed}`);
}
const tags = JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
for (const d of tags) {
  const folder = d.tagName.replace(/^ms-/, '');
  check(files.includes(`dist/npm/widgets/${folder}/define.js`) && files.includes(`dist/npm/widgets/${folder}/${folder}.d.ts`), `tarball has widgets/${folder}/define.js and ${folder}.d.ts`);
}

// 2. Install into a fresh project.
const app = join(work, 'app');
cpSync(join(root, 'examples'), app, {recursive: true});
const dev = pkg.devDependencies;
writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'example-app', private: true, type: 'module'}, null, 2));
run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename),
  `react@${dev.react}`, `react-dom@${dev['react-dom']}`, `@types/react@${dev['@types/react']}`, `@types/react-dom@${dev['@types/react-dom']}`,
  `vue@${dev.vue}`, `vite@${dev.vite}`, `typescript@${dev.typescript}`], app);
const lits = run('npm', ['ls', 'lit', '--all', '--parseable'], app).trim().split('\n').filter((l) => l.endsWith('/lit'));
check(lits.length === 1, `one copy of lit installed (${lits.length})`);
writeFileSync(join(app, 'resolve.mjs'), `for (const s of process.argv.slice(2)) import.meta.resolve(s);`);
const paths = ['ms-numbness-widgets', 'ms-numbness-widgets/define-all', 'ms-numbness-widgets/breathing-pacer', 'ms-numbness-widgets/breathing-pacer/define', 'ms-numbness-widgets/custom-elements.json'];
try {
  run('node', ['resolve.mjs', ...paths], app);
  check(true, `documented import paths resolve: ${paths.join(', ')}`);
} catch (error) {
  check(false, `documented import paths resolve: ${error.stderr}`);
}

// 3. Type-check and build the examples, then use them in Chromium.
writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({compilerOptions: {target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true, skipLibCheck: true, noEmit: true, types: []}, include: ['react/*.tsx', 'vue/*.ts']}));
try {
  run('npx', ['tsc', '-p', 'tsconfig.json'], app);
  check(true, 'examples type-check with the generated JSX types');
} catch (error) {
  check(false, `examples type-check: ${error.stdout}${error.stderr}`);
}
const browser = await chromium.launch({executablePath: ensureBrowser(), args: CHROMIUM_ARGS});
for (const name of ['react', 'vue']) {
  try {
    run('npx', ['vite', 'build', name, '--outDir', `../dist-${name}`, '--base', './', '--logLevel', 'error'], app);
  } catch (error) {
    check(false, `${name} example builds: ${error.stdout}${error.stderr}`);
    continue;
  }
  const out = join(app, `dist-${name}`);
  const bundle = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, 'assets', f), 'utf8')).join('');
  check((bundle.match(/litHtmlVersions/g) ?? []).length === 1, `${name} example builds with one copy of Lit`);
  const server = await serve(out);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/index.html`);
  try {
    await page.waitForFunction(() => document.querySelector('ms-breathing-pacer')?.shadowRoot?.querySelector('button'), null, {timeout: 10000});
    await page.evaluate(() => document.querySelector('ms-breathing-pacer').start());
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Session started.', null, {timeout: 5000});
    check(errors.length === 0, `${name} example renders the pacer and hears ms-breathing-start${errors.length ? `: ${errors}` : ''}`);
  } catch (error) {
    check(false, `${name} example works in Chromium: ${error.message} ${errors}`);
  }
  await page.close();
  server.close();
}
await browser.close();
rmSync(work, {recursive: true, force: true});
console.log(failures ? `${failures} package check(s) failed` : 'package checks passed');
process.exit(failures ? 1 : 0);
