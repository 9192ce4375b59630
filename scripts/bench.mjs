/**
 * `npm run bench`: figures anyone can rerun, each printed next to the baseline
 * it is measured against. `npm run bench -- --json` prints the same as JSON.
 * `--quick` uses fewer instances (for a smoke run).
 * `--only <part>[,<part>]` runs only the named parts (size, cls, render, demo, pacer, memory);
 * `--widget <tag>[,<tag>]` limits the per-widget parts to those widgets.
 *
 *   1. size of every CDN file, language file and widget-as-loaded, with budgets
 *   1b. layout shift while the demo page and each widget load through the loader (with ms-widgets.css, loader only, none)
 *   2. render cost: 100 instances per widget vs. the same content as static HTML
 *   3. demo page: bundle script start to all widgets rendered
 *   4. breathing pacer: phase-boundary error, main-thread ms per minute, frames hidden/off-screen
 *   5. memory and lifecycle: 1,000 instances per widget, heap growth after GC, things left running
 *
 * Run `npm run build` first (the `bench` script does).
 */
import {readFileSync, existsSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, ensureBrowser} from './browser.mjs';
import {sizeRows} from './size.mjs';
import {serve} from './bench/serve.mjs';
import {benchDemo, benchRender, RENDER_BEFORE, RENDER_BUDGET, RENDER_RUNS} from './bench/render.mjs';
import {benchMemory} from './bench/memory.mjs';
import {benchCls} from './bench/cls.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (...a) => !json && console.log(...a);
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? null : (process.argv[i + 1] ?? '').split(',').filter(Boolean);
};
const only = option('--only');
const runs = (part) => !only || only.includes(part);
const widgetsWanted = option('--widget');

function table(title, rows) {
  if (json || !rows.length) return;
  const cols = Object.keys(rows[0]);
  const cells = rows.map((r) => cols.map((c) => (typeof r[c] === 'number' ? r[c].toLocaleString('en-US') : String(r[c]))));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (cs) => cs.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}\n${line(cols)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${cells.map(line).join('\n')}`);
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean).sort()
  .filter((t) => !widgetsWanted || widgetsWanted.includes(t));
const machine = {cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version};
log(`Machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}`);

const results = {machine};
if (runs('size')) results.size = await sizeRows();
if (results.size) table('1. Size (gzip bytes unless named; target is issue 18\'s, limit is what npm test enforces until the target is met; before is before issue 18)', results.size.map(({name, min, gzip, brotli, target, budget, ok, onTarget, info, baseline}) => ({file: name, minified: min, gzip, brotli, target: info ? '-' : target, limit: info || budget === target ? '-' : budget, before: baseline ?? '-', ok: info ? '' : !ok ? 'OVER LIMIT' : onTarget ? 'ok' : 'over target'})));

const executablePath = ensureBrowser();
const browser = await chromium.launch({executablePath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc']});
results.browser = browser.version();
const root = process.cwd();
const serveWith = (pages) => serve(root, pages);

if (runs('cls')) results.cls = await benchCls(browser, (pages, options) => serve(root, pages, options), tags);
if (results.cls) table('1b. Layout shift (CLS) while loading through the loader, files 150 ms late; budget applies with ms-widgets.css; "no reserve" is the page before issue 18', results.cls);

if (runs('render')) results.render = await benchRender(browser, serveWith, tags, quick ? 20 : 100);
if (results.render) table(`2. Render cost: ${quick ? 20 : 100} instances, navigation start to first frame after all rendered (median of ${RENDER_RUNS}, widget and static pages loaded in turn after a warm-up of each; static HTML is the floor)`, results.render.map((r) => ({widget: r.widget, 'widget ms': r.widgetMs, 'static HTML ms': r.staticMs, ratio: r.ratio, budget: RENDER_BUDGET, before: RENDER_BEFORE[r.widget] ?? '-', ok: r.ratio <= RENDER_BUDGET ? 'ok' : 'OVER'})));

if (runs('demo')) {
  const site = await serve(root);
  results.demo = await benchDemo(browser, site.url);
  site.close();
}
if (results.demo) table('3. Demo page', [{page: 'dist/demo/index.html', widgets: results.demo.widgets, 'script start to all rendered (ms)': results.demo.ms}]);

if (runs('pacer') && existsSync('scripts/bench/pacer.mjs')) {
  const {benchPacer} = await import('./bench/pacer.mjs');
  results.pacer = await benchPacer({quiet: true, ...(quick ? {seconds: 8, calmSeconds: 6} : {})});
  table('4. Breathing pacer (real clock)', Array.isArray(results.pacer) ? results.pacer : [results.pacer]);
}

if (runs('memory')) results.memory = await benchMemory(browser, serveWith, tags, quick ? 100 : 1000);
if (results.memory) table(`5. Memory and lifecycle: ${quick ? 100 : 1000} instances created, attached, moved and removed (baseline: 0 left running)`, results.memory);

await browser.close();
if (json) console.log(JSON.stringify(results, null, 2));
